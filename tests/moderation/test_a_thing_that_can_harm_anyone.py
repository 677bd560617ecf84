"""A science teacher writes "this gas can kill you in minutes" and a student writes "the flu
that killed him in 1918": a thing that harms anyone is no threat, so Ms Okafor, the school's
safeguarding lead, does not read it in her queue. A person, or a weapon someone holds, that
will kill you is still a threat she sees."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Carbon monoxide has no smell and can kill you in minutes.",
        "Drinking seawater could kill you faster than thirst.",
        "The plague that killed him spread along the trade routes.",
        "That heatwave will kill her tomatoes and her roses.",
        "A jellyfish sting like that can kill you, the guide warned.",
    ],
)
def test_what_a_thing_can_do_to_anyone_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "i can kill you and nobody would know",
        "he could kill you if he finds out",
        "my brother will kill you after school",
        "this knife will kill you",
        "that guy is going to kill her",
    ],
)
def test_a_person_or_a_weapon_that_will_kill_someone_is_still_flagged(post):
    assert worst(post) >= 2


@pytest.mark.parametrize(
    "post",
    [
        "it will kill you if you tell anyone",
        "ill make sure this kills you",
        "this will kill you slowly, i put something in your drink",
    ],
)
def test_a_thing_with_the_writer_behind_it_or_that_silences_is_held(post):
    assert worst(post) >= HOLD
