"""A student writes "Dad and I went out at dawn to shoot pheasants" or "we spent the lesson
killing zombies in the maths game": a violent word aimed at game, pests or monsters harms no
person, so it is no flag. Aimed at a person, or at a pet, it is recorded as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Dad and I went out at dawn to shoot pheasants.",
        "I spent the whole evening trying to kill the wasps in the shed.",
        "We kept killing zombies in the maths game until the bell.",
        "They shoot a stag every autumn on the estate.",
        "i just want to kill every mosquito in this tent",
    ],
)
def test_game_pests_and_monsters_are_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "i want to kill him like a rat",
        "im going to shoot you and your dog",
        "i want to kill my sisters cat",
        "im gonna kill everyone at school",
    ],
)
def test_a_person_or_a_pet_is_still_flagged(post):
    assert worst(post) >= 1
