"""An English class reads Macbeth and the King James Bible, and students quote them in their
discussion posts: "Is this a dagger which I see before me? Come, let me clutch thee", "Thou
shalt not kill". Nobody has written "thee", "hath" or "thou" since the 1600s but to quote it,
so the swords, poisons and slaughter in such a sentence are the play's. The same threat or
despair in today's English, beside the quotation or in the next sentence, still reaches the
lead."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Lady Macbeth says the raven hath croaked, and she will kill the king with his own knife.",
        "Hamlet asks whether 'tis nobler to suffer, and methinks he wants to die.",
        "In Act 4 the murderer says: I will stab thee where thou standest.",
        "Give me thy knife, I will kill the traitor.",
        "Thou art a villain and I shall shoot thee.",
        "Kill me with thy sword, quoth the knight.",
    ],
)
def test_a_line_quoted_from_the_english_of_the_1600s_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "I want to kill myself tonight.",
        "We read Macbeth today. I want to kill myself tonight.",
        "Thou shalt not kill is the commandment. I'm going to kill him after school anyway.",
        "the plants wilt in the heat and i want to die",
        "art class is the only thing keeping me from killing myself",
    ],
)
def test_the_same_words_in_todays_english_still_reach_the_lead(post):
    assert worst(post) >= HOLD
