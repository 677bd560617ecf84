"""A drawn-out word in a post ("noooo", "sooo") may be a word of a phrase: the screen rules
that out by looking for the phrase's other words among the words within the longest key's
reach of it (one set operation however many phrases share the word), and looks closer when
one is there."""

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


def test_only_the_words_within_a_phrase_s_reach_of_the_drawn_out_word_are_looked_at():
    # "hope" and "ugly" are in the post, but further from "noooo" and "sooo" than any key
    # reaches: the screen rules both out without looking closer.
    far = " and then we all went to the big park by the river after school"
    for text in (f"noooo{far} with hope", f"sooo{far}, ugly weather"):
        hits = list(LIBRARY._screen.iter(f" {text} "))
        assert LIBRARY._no_elongated_key(f" {text} ", hits)
        assert terms(text) == []
    # Words drawn out between them make the post longer than what the keys see: still found.
    assert terms("noooo hooooooooooooope") == ["no hope"]
    assert terms("noooo " + "a" * 3 + " sooooooo uuuuuuuuuugly") == ["so ugly"]
