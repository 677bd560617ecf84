"""Priya's group chat on a heatwave afternoon: "this humidity is going to kill us all", "that
fire alarm practice nearly killed us". A thing (not a weapon, not a person) that "kills us
all" is the idiom, like "this homework is killing me": no flag, and never a threat against
many. A person, a weapon or a bomb that will kill us all is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst

CRITICAL = 4


@pytest.mark.parametrize(
    "post",
    [
        "this humidity is going to kill us all",
        "that fire alarm practice nearly killed us",
        "the canteen queue is trying to kill us all",
    ],
)
def test_a_thing_that_kills_us_all_is_the_idiom(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("my stepdad is going to kill us all when he gets home", CRITICAL),
        ("he said he is going to kill us all", CRITICAL),
        ("this gun is going to kill us all", HOLD),
        ("the bomb in his bag is going to kill us all", HOLD),
    ],
)
def test_a_person_or_a_weapon_that_will_kill_us_all_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
