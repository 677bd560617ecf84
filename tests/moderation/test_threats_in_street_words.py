"""Threats written the way students write them: the slang for a beating ("jump him", "rush
him", "smoke him"), a blade taken into school, weapons for a planned fight, revenge on whoever
told. An entry that says its own intent ("i will kill you") is read as a threat like any
other, and a school named as the place makes it one against many."""

from __future__ import annotations

import pytest

from moderation.scanning.context import THREAT
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER, worst


def test_a_threat_to_kill_someone_at_school_tomorrow_is_critical():
    [match] = [m for m in scan_post(STARTER, "i will kill you at school tomorrow") if m.severity]
    assert (match.context, match.severity) == (THREAT, 4)


def test_after_school_is_a_time_so_a_beating_then_is_held_but_not_critical():
    assert worst("wallahi im gonna jump him after school with the boys") == HOLD


@pytest.mark.parametrize(
    "post",
    [
        "ima smoke him fr",
        "we're gonna rush him at the bus stop friday",
        "i'll make you regret it you wait",
        "bro brought a blade to school today ngl",
        "le voy a partir la cara a ese pendejo",
    ],
)
def test_a_threat_in_street_words_is_held(post):
    assert worst(post) >= HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "they need knives for the fight",
        "kill all the rats who snitched",
        "mañana le pego una paliza a ese en la salida",
    ],
)
def test_weapons_for_a_fight_and_revenge_on_people_reach_staff(post):
    assert worst(post) > 0, post


@pytest.mark.parametrize(
    "post",
    [
        "the knife fight scene in the film was great",
        "the chef sharpened all the knives before service",
        "we had to rush him to hospital after he fell off the wall",
        "this poison has killed all the others who tried it",
        "can you jump start the car",
    ],
)
def test_the_same_words_in_a_film_a_kitchen_or_an_emergency_are_no_flag(post):
    assert worst(post) == 0, post
