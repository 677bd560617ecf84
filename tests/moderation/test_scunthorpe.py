"""Whole-word entries must not fire inside innocent words (the Scunthorpe problem)."""

import pytest

from moderation.engine import Entry, compile_library

from .conftest import terms_found

INNOCENT_WORDS = [
    ("class", "ass"),
    ("assassin", "ass"),
    ("passage", "ass"),
    ("Scunthorpe", "cunt"),
    ("Sussex", "sex"),
    ("Essex", "sex"),
    ("therapist", "rapist"),
    ("cocktail", "cock"),
    ("Hancock", "cock"),
    ("skill", "kill"),
    ("killer whale", "kill"),
    ("grape", "rape"),
    ("drapes", "rape"),
    ("shitake", "shit"),
    ("diet", "die"),
    ("soldier", "die"),
    ("whatever", "hate"),
    ("sluttish", "slut"),
]


@pytest.mark.parametrize(("text", "entry"), INNOCENT_WORDS)
def test_a_whole_word_entry_does_not_match_inside_an_innocent_word(library, text, entry):
    assert entry not in terms_found(library, f"We talked about {text} today.")


@pytest.mark.parametrize(("text", "entry"), INNOCENT_WORDS)
def test_innocent_words_stay_innocent_in_capitals_and_with_punctuation(library, text, entry):
    assert entry not in terms_found(library, f"{text.upper()}!!! ({text})")


def test_the_same_entries_still_match_as_whole_words(library):
    found = terms_found(library, "kick his ass, I will kill you, that is rape")
    assert {"ass", "kill", "rape"} <= set(found)


def test_a_prefix_entry_still_needs_a_word_start():
    library = compile_library([Entry("rape", "violence", 4, mode="prefix")])
    assert [m.text for m in library.scan("grapes raped")] == ["raped"]


def test_separator_joining_does_not_create_a_word_across_ordinary_words(library):
    assert terms_found(library, "a s set") == []  # two letters and a word: not "ass"
    assert terms_found(library, "s k i l l") == []  # spaced out, but it spells "skill"
    assert terms_found(library, "a s s") == ["ass"]  # three single letters are spaced out
