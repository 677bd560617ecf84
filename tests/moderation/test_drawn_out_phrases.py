"""A drawn-out word in a post ("noooo", "sooo") may be a word of a phrase: the screen rules
that out by looking for the phrase's other words among the post's words (one set operation
however many phrases share the word), and looks closer when one is there."""

from __future__ import annotations

from moderation.engine import Entry, compile_library

# "no" is a word of many phrases; "so" of one; "pls" of a phrase with a word piece.
LIBRARY = compile_library(
    [Entry(f"no {word}", "self_harm", 3, "A made-up phrase.") for word in ("reason", "hope")]
    + [Entry(f"no way {n}", "self_harm", 2, "A made-up phrase.") for n in ("out", "back")]
    + [Entry("so ugly", "bullying", 2, "An insult."), Entry("ugh pls", "other", 1, "Made up.")]
)


def terms(text: str) -> list[str]:
    return [m.entry.term for m in LIBRARY.scan(text)]


def test_a_drawn_out_word_with_none_of_its_phrases_nearby_is_clean():
    assert terms("noooo i forgot my homework, sooo annoying!!") == []


def test_a_drawn_out_word_beside_the_rest_of_its_phrase_is_found():
    assert terms("there is noooo hope") == ["no hope"]
    assert terms("ur sooo ugly") == ["so ugly"]
    assert terms("noooo wayyy out") == ["no way out"]
    assert terms("uggghhh pls") == ["ugh pls"]
