"""Mr Haddad teaches A level art and asks on a teachers' forum how others handle "Titian's
nudes and the male gaze" or "the marble nudes in the sculpture court" with Year 12. A nude in
painting or sculpture, in a sentence that names the art, is no flag. Nudes asked for, sent,
shared or leaked, someone's ("her nudes"), or of someone ("nudes of me") are read as before,
whatever art the sentence names."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Year 12 are comparing Titian's nudes with Manet's, and the idea of the male gaze.",
        "The marble nudes in the sculpture court always make Year 8 giggle on the museum trip.",
    ],
)
def test_a_nude_in_painting_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "a man who says he paints portraits asked for nudes for his canvas",
        "someone shared nudes of her in the renaissance art group chat",
        "her nudes are going round, she painted over her face on the canvas",
        "there are nudes of me on the sculpture club's phone",
    ],
)
def test_a_nude_asked_for_or_shared_is_still_held(post):
    assert worst(post) >= HOLD
