"""A student writes "I want to shoot pheasants with Dad at dawn" or "I kept
killing zombies in the maths game": a violent word aimed at game, pests, monsters or a thing
("guns the engines") harms no person, so it is no flag. Aimed at a person, or at a pet, it is
recorded as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "I want to shoot pheasants with Dad at dawn.",
        "I spent the whole evening trying to kill the wasps in the shed.",
        "I kept killing zombies in the maths game until the bell.",
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


@pytest.mark.parametrize(
    "post",
    [
        "I gun the engines every morning before the school run.",
        "I want to shoot the footage again tomorrow in the rain.",
        "I kill all the tabs on my laptop before a test.",
        "My students bombed the mock exam, so we're revising fractions.",
        "I could murder a curry tonight after that training session.",
        "Honestly I could murder a pint right now, what a week.",
    ],
)
def test_a_thing_done_to_is_no_flag_either(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "im going to shoot up the test centre tomorrow",
        "i will shoot the fish shop owner",
    ],
)
def test_a_thing_that_only_names_a_place_or_a_person_is_no_thing_done_to(post):
    assert worst(post) >= 1


@pytest.mark.parametrize(
    "post",
    [
        "i want to kill the vermin in that family",
        "i want to kill the rats who snitched on me",
        "i want to kill all the cockroaches at that mosque",
    ],
)
def test_creatures_that_name_people_with_contempt_are_never_game(post):
    assert worst(post) >= 3
