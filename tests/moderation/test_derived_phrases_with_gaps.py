"""A misspelt or inflected phrase ("nothjng to live for", "killing yourself") is a key of its
own, derived from the library's phrase. A student who puts punctuation between its words is
read by the normaliser as single-spaced words, so the first pass must find it too."""

from __future__ import annotations

import pytest

from moderation.scanning.normalize import normalize_with_offsets
from tests.moderation.starter_library import STARTER


def full_normaliser(library, post):
    return library.scan_normalized(normalize_with_offsets(post))


@pytest.mark.parametrize("gap", [". ", ", ", "  ", " - "])
def test_a_misspelt_or_inflected_phrase_with_punctuation_between_its_words_is_still_found(gap):
    # Derived keys (typos, word forms) of a phrase are screened with the gaps posts leave,
    # as the phrase itself is: the normaliser joins the words with single spaces.
    phrases = [key.strip() for key in STARTER._exact.keys() if key.strip().count(" ") >= 1]
    sample = phrases[:: max(1, len(phrases) // 300)]
    missed = []
    for phrase in sample:
        post = "ok " + gap.join(phrase.split(" ")) + " ok"
        quick = {m.entry for m in STARTER.scan(post)}
        full = {m.entry for m in full_normaliser(STARTER, post)}
        if quick != full:
            missed.append(post)
    assert missed == []


def test_a_typo_of_a_phrase_written_with_full_stops_is_flagged():
    [match] = STARTER.scan("honestly. nothjng. to. live. for")
    assert match.entry.term == "nothing to live for"
