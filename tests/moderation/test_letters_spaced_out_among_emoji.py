"""A student spaces out a word's letters in a post that is not all ASCII (emoji, accents,
Unicode blanks): the engine still joins them and shows the match where it was typed. (A
quick look at a mask of the post rules out most posts with no such run; it must never rule
out one of these.)"""

from __future__ import annotations

from moderation.engine import compile_library

from .conftest import ENTRIES

LIBRARY = compile_library(ENTRIES)


def where(text: str) -> list[str]:
    return [text[m.start : m.end] for m in LIBRARY.scan(text) if m.entry.term == "kill"]


def test_letters_dotted_out_between_emoji_are_found():
    assert where("lol 😂k.i.l.l😂 ok") == ["k.i.l.l"]


def test_letters_split_by_no_break_spaces_are_found():
    text = "he said k\u00a0i\u00a0l\u00a0l u\u00a0 niño"
    assert where(text) == ["k\u00a0i\u00a0l\u00a0l u"]


def test_letters_split_by_dashes_beside_accented_words_are_found():
    assert where("jaja ñ k-i-l-l ñ") == ["k-i-l-l"]


def test_letters_spaced_out_in_a_post_with_an_emoji_are_found():
    assert where("así k i l l u ok 🙂") == ["k i l l u"]


def test_letters_before_an_ideographic_space_are_found():
    assert where("año k.i.l.l\u3000ok") == ["k.i.l.l"]
