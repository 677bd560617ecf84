"""A Year 8 glossary says "Suicide is the act of taking one's own life", a revision sheet says "A
pipe bomb is an improvised explosive device", a history essay says "The switchblade was banned
in many countries in the 1950s" and "The IED exploded beside the road": a sentence that defines
a word, or tells of a weapon or a drug as history with no one of the writer's in it, raises no
flag. The same words as a student's own ("suicide is the only way out", "my brother bought a
switchblade"), as a plan ("they are going to bring a molotov to school"), or defining something
the writer does ("a pipe bomb is what i am making") are read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Suicide is the act of taking one's own life.",
        "A pipe bomb is an improvised explosive device.",
        "The word retard means to slow down, as in a fire retardant.",
        "Bugger is a mild swear word in British English.",
        "A bong is a pipe used for smoking cannabis.",
    ],
)
def test_a_definition_raises_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "The switchblade was banned in many countries in the 1950s.",
        "The IED exploded beside the road, killing two soldiers.",
        "The Molotov cocktail was named after a Soviet foreign minister.",
        "She was tipsy after one glass of champagne at her sister's wedding.",
    ],
)
def test_a_weapon_or_a_drug_told_as_history_raises_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "suicide is the only way out",
        "suicide is an option for me",
        "self harm is a way to cope",
        "a pipe bomb is what i am making",
    ],
)
def test_a_view_or_a_plan_in_the_shape_of_a_definition_is_still_held(post):
    assert worst(post) >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "my brother bought a switchblade",
        "my mum was hungover again this morning",
        "the IED is in my bag",
    ],
)
def test_a_weapon_or_a_drug_of_the_writers_own_people_is_still_recorded(post):
    assert worst(post) >= 2


def test_a_plan_told_in_the_future_is_a_threat():
    assert worst("they are going to bring a molotov to school") == 4
