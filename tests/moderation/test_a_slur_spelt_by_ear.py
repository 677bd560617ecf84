"""A slur typed with one letter wrong the way it sounds: a vowel for another ("niggars",
"faggat"), a "c" as "k" ("marikon"), or a letter doubled in a form of it ("mariconnes"). Each is
the slur. The ordinary words one vowel away stay clean ("bigger", "maracas", "the niger
delta")."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _hate(post: str) -> bool:
    return any(m.category == "hate" for m in scan_post(STARTER, post))


@pytest.mark.parametrize(
    "post",
    [
        "bunch of niggars outside the chippy",
        "shut up you faggat",
        "eres un marikon y lo sabe todo el insti",
        "los mariconnes al fondo del bus",
    ],
)
def test_a_slur_spelt_by_ear_is_hate(post):
    assert _hate(post)


@pytest.mark.parametrize(
    "post",
    [
        "my brother is way bigger than me now",
        "we played the maracas in music",
        "we're doing the niger delta in geography",
        "the faggots and peas recipe from my nan",
    ],
)
def test_the_ordinary_words_beside_them_are_not_hate(post):
    assert not _hate(post)
