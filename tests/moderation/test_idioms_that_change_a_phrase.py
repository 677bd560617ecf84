"""Some phrases mean something else once the sentence carries on: "tired of living in a flat
with no garden", "you shot yourself in the foot with that essay", "a stab of jealousy",
"committing social suicide by wearing socks with sandals". The library lists these turns as
allowed phrases; the phrase alone, or carried on as a student in despair would, is read as
before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Mum says she is tired of living in a flat with no garden.",
        "You shot yourself in the foot with that essay, but you can still shoot yourself in the "
        "foot less next time.",
        "I felt a stab of jealousy when she won the prize.",
        "Wearing socks with sandals on the trip was social suicide.",
        "Ignoring the feedback would be career suicide for any writer.",
        "He says you can get high on life if you sleep enough.",
        "Give a rumour enough rope to hang yourself and it will.",
    ],
)
def test_the_phrase_turned_into_an_idiom_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "im so tired of living",
        "tired of living like this, nothing changes",
        "i want to shoot myself",
        "thinking about suicide again tonight",
    ],
)
def test_the_phrase_itself_is_still_held(post):
    assert worst(post) >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "We went on shank's pony all the way to the castle.",
        "The crowd went into ecstasy at the goal.",
    ],
)
def test_an_old_idiom_round_a_word_is_no_flag(post):
    assert worst(post) == 0
