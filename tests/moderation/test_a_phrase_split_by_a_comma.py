"""Mr Reyes writes in the staff forum that "the staff pantomime absolutely killed, everyone was
crying with laughter". The engine lets a phrase's words stand apart so that "want to, like,
die" is still caught, but here the comma ends one clause and the next begins with "everyone":
there is no "kill everyone" in the post, and holding it as a critical threat would be a false
alarm. Each word is read alone instead; the phrase written whole, or with a word between its
words, still reaches the lead at its severity."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst


def terms(text: str) -> set[str]:
    return {m.entry.term for m in scan_post(STARTER, text)}


@pytest.mark.parametrize(
    "post",
    [
        "The staff pantomime absolutely killed, everyone was crying with laughter.",
        "Our comedian killed; everyone wanted an encore.",
    ],
)
def test_a_phrase_whose_words_a_comma_splits_is_not_read(post):
    assert "kill everyone" not in terms(post)
    assert worst(post) < 3


@pytest.mark.parametrize(
    "post",
    [
        "i will kill everyone at this school",
        "i want to kill everyone, at school tomorrow",
        "Go. Kill. Yourself.",
    ],
)
def test_the_phrase_written_whole_or_stressed_is_still_critical(post):
    assert worst(post) == 4
