"""Issue 17 gave phrase heads their irregular past ("gave up on life", "felt like dying"), and
students write those words on the way to something else: "life insurance", "life drawing",
"dying my hair", "breakfast cereal", "up the table". Where the phrase's last word opens a
compound noun, or takes the thing of its other sense, the phrase is not said. Told whole, it
is still read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "My grandad gave up on life insurance after the premiums doubled.",
        "Gave up on life drawing, I'm rubbish at hands.",
        "I felt like dying my hair blue for the summer holidays.",
        "I stopped eating breakfast cereal and eat eggs instead now, much better.",
        "Beat him up the leaderboard in Mario Kart last night.",
    ],
)
def test_a_phrase_running_into_a_compound_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "category"),
    [
        ("I gave up on life, nothing matters anymore", "self_harm"),
        ("i have felt like dying my whole life", "self_harm"),
        ("i gave up on life after she left", "self_harm"),
    ],
)
def test_the_phrase_told_whole_is_still_held(post, category):
    assert worst_in(post, category) >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "they beat him up the stairs and left him there",
        "i stopped eating breakfast and lunch to lose weight",
    ],
)
def test_the_phrase_before_a_place_or_another_meal_is_still_flagged(post):
    assert worst(post) == 2
