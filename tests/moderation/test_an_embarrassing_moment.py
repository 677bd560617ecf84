"""'My crush saw me fall over, I want to die': teenagers say they could die of a moment they name
without the word 'embarrassing' (a crush, something read out or done in front of everyone, a
voice that cracked, being left on read). Read as embarrassment is: one level lower, still held,
never dropped. A wish to die with no such moment stays critical."""

from __future__ import annotations

import pytest

from moderation.scanning.context import JOKING
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def _self_harm(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "self_harm"]


@pytest.mark.parametrize(
    "post",
    [
        "my crush saw me fall off my bike i want to die",
        "the teacher read my diary entry out loud, i want to die",
        "he left me on read for six hours i wanna die",
        "me caí delante de todos en el recreo, me quiero morir",
    ],
)
def test_a_moment_of_embarrassment_lowers_the_wish_one_level(post):
    found = _self_harm(post)
    assert found and all(HOLD <= m.severity < 4 and m.context == JOKING for m in found), found


def test_the_wish_without_such_a_moment_stays_critical():
    assert max(m.severity for m in _self_harm("nobody at school talks to me, i want to die")) == 4
