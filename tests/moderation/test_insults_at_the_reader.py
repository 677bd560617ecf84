"""Insults typed at someone reach their teacher, mild ones at the lowest severity; the same
words about a thing do not ("a slag heap")."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def worst_bullying(text: str) -> int:
    found = [m.severity for m in scan_post(STARTER, text) if m.category == "bullying"]
    return max(found, default=0)


@pytest.mark.parametrize(
    "post",
    [
        "shut up you idiot",
        "ur mum is a slag",
        "eres un idiota",
        "eres una perra",
        "que asco das, de verdad",
        "cállate gorda",
    ],
)
def test_an_insult_at_the_reader_is_flagged_below_a_hold(post):
    assert 0 < worst_bullying(post) < HOLD, post


def test_a_slag_heap_is_a_hill():
    assert worst_bullying("we walked up the old slag heap behind the mine") == 0
