"""Some library words had everyday senses long before they named a harm. A geography project
says "groomed ski trails", a riding-club newsletter "her pony is groomed every morning", a
drama post "the photo shoot for the play", a maths investigation "the odds at craps", a history
essay "he struck a lucifer to light his fag". Those reach nobody. The same words done to a
person ("he groomed me", "grooming children online", "shoot him") still reach the lead."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Her pony is groomed every morning before the riding lesson.",
        "He turned up to the interview beautifully groomed and ten minutes early.",
        "The new receptionist is an immaculately groomed young man from Leeds.",
        "The resort has forty kilometres of groomed trails for beginners.",
        "The photo shoot for the school play is on Friday in the hall.",
        "They hold a shoot on the estate every weekend in autumn.",
        "Fry the bamboo shoots with garlic for two minutes.",
        "Our maths investigation worked out the odds of winning at craps.",
        "He struck a lucifer to light his fag on the station platform.",
    ],
)
def test_an_older_sense_of_the_word_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "he groomed me for months before he asked for pictures",
        "she was groomed by her coach at the riding stables",
        "he groomed her with gifts and riding lessons on his horse",
        "he carefully groomed the boy over months with gifts",
        "i will shoot him at the photo shoot",
        "the shoot is where i'll shoot you",
    ],
)
def test_the_word_done_to_a_person_still_reaches_the_lead(post):
    assert worst(post) >= 2
    assert max(worst(post), HOLD) >= HOLD
