"""'If I have to sit through one more assembly about uniform I'm going to kill myself': a clause
that opens with 'if' governs the wish at its end however long the condition, as a short one
does. Recorded one level lower (a critical wish is still held); the same wish with no condition
stays critical."""

from __future__ import annotations

from moderation.scanning.context import HYPOTHETICAL
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def _self_harm(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "self_harm"]


def test_a_long_condition_makes_the_wish_hypothetical():
    (match,) = _self_harm(
        "if i have to sit through one more assembly about uniform i'm going to kill myself"
    )
    assert match.context == HYPOTHETICAL and HOLD <= match.severity < 4


def test_a_spanish_condition_does_the_same():
    found = _self_harm(
        "si mañana me vuelve a tocar exponer delante de toda la clase me quiero morir"
    )
    assert found and all(m.severity < 4 for m in found), found


def test_the_wish_without_a_condition_stays_critical():
    assert max(m.severity for m in _self_harm("i'm going to kill myself, i can't do this")) == 4
