"""A student in a school play writes about tomorrow's rehearsal and quotes the line in old
words ("Romeo and Juliet tomorrow: 'I will kill thee' is my line"). Naming the school or a day
no longer makes old words a threat when the sentence names the play, its lines or its staging.
Without the play, with the play denied, or with a gun that no play of the 1600s holds, the
threat is read as one."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        'Our drama class is doing Romeo and Juliet tomorrow: "I will kill thee" is my line.',
        'Tomorrow in English we perform the bit where Tybalt says "I will kill thee, boy".',
    ],
)
def test_a_line_of_a_play_rehearsed_tomorrow_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "severity"),
    [
        ("i will kill thee tomorrow at school", 4),
        ("rehearsal tomorrow at school, i will shoot thee", 4),
        ("i will stab thee tomorrow at school, this is no play", 4),
    ],
)
def test_old_words_at_school_with_no_play_a_gun_or_the_play_denied_stay_threats(post, severity):
    assert worst(post) == severity


def test_the_play_named_does_not_excuse_a_shooting_threat():
    assert worst("thou shalt die tomorrow at school like in the play, i will shoot thee") >= HOLD
