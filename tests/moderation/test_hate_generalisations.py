"""A whole group of people cast as something vile is hate speech, in English and Spanish;
the same groups named in any other way are not, since a student saying who they are, or a
lesson about a faith, is no risk. The phrases are written by tools/hate_generalisations.py."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER
from tools.hate_generalisations import BEGIN, END, expected


def hate(text: str) -> int:
    return max((m.severity for m in scan_post(STARTER, text) if m.category == "hate"), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "honestly muslims are terrorists",
        "black people are criminals",
        "immigrants are ruining this country",
        "gays are disgusting",
        "refugees should be deported",
        "travellers are all thieves, lock your car in the staff car park",
        "asylum seekers should be sent back, every one of them",
        "los inmigrantes son basura",
        "los gitanos son ratas",
        "los musulmanes deberían irse de aquí",
        "those people are animals",
        "los moros son todos terroristas",
        "women belong in the kitchen lol",
    ],
)
def test_a_group_cast_as_vile_is_held_for_a_lead(post):
    assert hate(post) >= HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "muslims are fasting during ramadan this month",
        "immigrants are welcome in our town",
        "trans people are people",
        "refugees are fleeing the war",
        "jews are celebrating hanukkah",
        "los inmigrantes son bienvenidos aquí",
        "los gitanos son una comunidad con mucha historia",
        "las mujeres son grandes científicas",
    ],
)
def test_the_same_groups_named_otherwise_are_no_flag(post):
    assert hate(post) == 0, post


def test_the_libraries_hold_what_the_lists_give():
    for path, entries in expected().items():
        text = path.read_text(encoding="utf-8")
        written = text[text.index(BEGIN) : text.index(END)].splitlines()[1:]
        assert [line.split(",")[0] for line in written] == [row[0] for row in entries]


@pytest.mark.parametrize(
    "post",
    [
        "someone should kill all the refugees tbh",
        "gas the jews lol",
        "time to kick the romanians out of this country",
        "deport all the muslims",
        "lets burn down their synagogue",
    ],
)
def test_a_call_to_kill_or_drive_out_a_group_is_held_for_a_lead(post):
    assert hate(post) >= HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "the empire tried to wipe out the jews of the region in our history reading",
        "the regime planned to exterminate the gypsies, and most of europe looked away",
        "we visited the mosque with our RE class and the imam showed us round",
    ],
)
def test_history_that_tells_a_regime_aim_is_no_call(post):
    assert hate(post) == 0, post
