"""A history class writes about the past with its dates: "Hemingway killed himself in 1961",
"Cleopatra killed herself with a snake in 30 BC", "Alan Turing killed himself with a poisoned
apple in 1954". A date long past makes it history, not a student's own life. The
writer's own family, an intent, or a recent year keep the same words in front of the lead."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Alan Turing killed himself with a poisoned apple in 1954.",
        "Cleopatra killed herself with a snake in 30 BC.",
        "Mark Antony killed himself in 30 BC when the war was lost.",
        "Hannibal took poison and killed himself in 183 BC.",
        "Hemingway killed himself in 1961 at his home in Idaho.",
    ],
)
def test_a_death_with_a_date_long_past_is_history(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "my uncle killed himself in 1999 and i think about it every day",
        "i want to kill myself like kurt cobain did in 1994",
        "he stabbed him last week and i saw it",
        "my brother was stabbed in 2024 and nobody did anything",
    ],
)
def test_the_writers_own_family_an_intent_or_a_recent_date_still_flags(post):
    assert worst(post) >= 2


def test_an_intent_beside_a_date_is_still_held():
    assert worst("i want to kill myself like kurt cobain did in 1994") >= HOLD
