"""'Ways to cope without hurting myself' names the harm the writer is not doing: recorded as
negated (low). 'I can't go a day without cutting' says the opposite, and stays held."""

from __future__ import annotations

from moderation.scanning.context import NEGATED
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def _self_harm(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "self_harm"]


def test_coping_without_the_harm_is_negated_and_not_held():
    (match,) = _self_harm("the nurse gave me a box of things to do without cutting myself")
    assert match.context == NEGATED and match.severity < HOLD


def test_not_a_day_without_the_harm_stays_held():
    assert (
        max(m.severity for m in _self_harm("i cant get through a day without cutting myself"))
        >= HOLD
    )
