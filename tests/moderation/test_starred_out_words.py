"""Students star out a vowel of a slur or a swear word to slip past a filter ("f*ggot",
"sh*t"). The star parts the word, so each such word also matches as its two halves; a half that
is a word of its own is left out, so a grade and a preposition ("a C on your record") stay
what they are."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def categories(text: str) -> set[str]:
    return {m.category for m in scan_post(STARTER, text) if m.severity}


@pytest.mark.parametrize(
    ("post", "category"),
    [
        ("stop being such a f*ggot", "hate"),
        ("ur such a b*tch", "profanity"),
        ("what the f*ck is wrong with u", "profanity"),
        ("this is sh*t", "profanity"),
    ],
)
def test_a_starred_out_vowel_is_read_as_the_word(post, category):
    assert category in categories(post), post


@pytest.mark.parametrize(
    "post",
    [
        "The `A' will cancel out the `C' on your record",
        "I got a C on my test and a B on the quiz",
        "Press F and C to crouch",
    ],
)
def test_letters_standing_alone_in_ordinary_sentences_are_no_flag(post):
    assert categories(post) == set(), post
