"""Amira's weekend, in her words: "marathon training nearly killed me", "festival killed me,
still recovering", "back to back shifts literally killed me". What wears someone out for fun
or for pay, named bare as the doer (a workout, a gig, a festival, a shift, a hangover), is the
idiom, like "homework is killing me": no flag. A person who nearly killed the writer, at
practice or anywhere, is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "marathon training nearly killed me",
        "festival killed me, still recovering",
        "back to back shifts literally killed me",
        "spin class at 6am, workout nearly killed me",
    ],
)
def test_what_wears_the_writer_out_is_the_idiom(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "he nearly killed me at practice",
        "my coach at practice nearly killed me",
    ],
)
def test_a_person_who_nearly_killed_the_writer_is_still_flagged(post):
    assert worst(post) >= 2
