"""The clean proof reads a post's | and ! as letters only in the words around them.

A post whose own reading is clean differs from each reading of its "!!" and "|" only in the
words those stand in, so the proof screens just those words and the words a term may span
around them (punctuation and emoji between words not counted). Whatever it calls clean, the
full normaliser finds nothing in.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import compile_library
from moderation.scanning.normalize import normalize_with_offsets

from .conftest import ENTRIES

LIBRARY = compile_library(ENTRIES)


def test_a_long_post_ending_its_sentences_with_bangs_is_proved_clean():
    post = "we did the quiz today!! it was fun!!! " * 10 + "see you tomorrow @sam!!"
    assert LIBRARY._proves_clean(post)
    assert LIBRARY.scan(post) == []


def test_a_phrase_read_from_bangs_far_across_punctuation_is_still_found():
    post = "go ki!! " + ", " * 40 + "yourself"
    assert not LIBRARY._proves_clean(post)
    assert [m.entry.term for m in LIBRARY.scan(post)] == ["kill yourself"]


def test_a_phrase_whose_other_words_only_make_it_a_key_is_read_whole():
    post = "its " + "fine, " * 20 + "our |ittle , , secret ok " + "see you " * 20
    assert not LIBRARY._proves_clean(post)
    assert [m.entry.term for m in LIBRARY.scan(post)] == ["our little secret"]


pieces = st.sampled_from(
    ["ki!!", "k|ll", "ki!", "!!", "|", "sh!t", ",", ".", " ", "😂", "you", "yourself", "go",
     "i", "u", "sooo", "@sam", "gr8", "k", "l", "kill", "your", "self", "!!!", "||"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, min_size=2, max_size=30).map(" ".join))
def test_what_the_proof_calls_clean_the_full_normaliser_finds_nothing_in(post):
    if LIBRARY._proves_clean(post):
        assert LIBRARY._exact_matches(normalize_with_offsets(post)) == []


def test_a_post_with_a_match_and_bangs_far_apart_finds_both_where_typed():
    """The exact pass skips normalising a reading whose words around its | and ! hold
    nothing, and still normalises one that does."""
    post = "i will k|ll you " + "we had a fun day at school " * 12 + "see you l8r!!"
    assert [(m.entry.term, post[m.start : m.end]) for m in LIBRARY.scan(post)] == [("kill", "k|ll")]
    post = "kill " + "we had a fun day at school " * 12 + "our |ittle , secret, ok!!"
    found = [(m.entry.term, post[m.start : m.end]) for m in LIBRARY.scan(post)]
    assert found == [("kill", "kill"), ("our little secret", "our |ittle , secret")]
