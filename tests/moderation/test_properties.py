"""Properties that hold for any input (hypothesis). Kept to a few seconds in all."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation.engine import compile_library
from moderation.scanning.normalize import normalize, normalize_with_offsets

from .conftest import ENTRIES

LIBRARY = compile_library(ENTRIES)
WORD_TERMS = [
    e.term for e in ENTRIES if e.mode == "word" and " " not in e.term and e.term.isalpha()
]

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

any_character = st.characters(exclude_categories=())  # surrogates and unassigned included
# Text that looks like what the engine sees: words, keywords, evasions, emoji, noise.
pieces = st.one_of(
    st.sampled_from(["kill", "kys", "die", "hate", "ass", "class", "suicidal", "thinspo"]),
    st.sampled_from(["k.i.l.l", "k1ll", "killll", "кіll", "h8", "k i l l", "sh!t", "a55"]),
    st.sampled_from([" ", "  ", ". ", ", ", "!", "...", "'", "\u200b", "💀", "\n", "-", "_"]),
    st.sampled_from(["the", "a", "i", "u", "you", "time", "yourself", "7th", "2", "$5"]),
    st.sampled_from(["k|ll", "ki!!", "|", "!!", "£", "\u2019", "❤️", "😂 ", "…", "kïłł", "+"]),
    # numbers beside letters: the quick screen writes the 4 of "41" as the a of "a1"
    st.sampled_from(["a1", "41", "1ed", "10am!", "1st", "18th", "undre5s", "s1", "8"]),
    st.text(any_character, max_size=3),
)
post_like = st.lists(pieces, max_size=25).map("".join)
ordinary = st.lists(
    st.sampled_from(["we", "went", "to", "school", "today,", "and", "it", "was", "fun."]),
    min_size=12,
    max_size=30,
).map(" ".join)
long_post = st.tuples(ordinary, post_like, ordinary).map(" ".join)
anything = st.one_of(st.text(any_character, max_size=60), post_like, long_post)


@FAST
@given(anything)
def test_scanning_never_raises_on_any_input(text):
    assert isinstance(LIBRARY.scan(text), list)


@FAST
@given(anything)
def test_every_match_lies_in_the_text_and_its_text_matches_its_entry_again(text):
    for match in LIBRARY.scan(text):
        assert 0 <= match.start < match.end <= len(text)
        assert match.text == text[match.start : match.end]
        alone = LIBRARY.scan(match.text)
        assert any(m.entry == match.entry for m in alone), (text, match)


@FAST
@given(anything)
def test_normalisation_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@FAST
@given(anything)
def test_the_quick_screen_finds_what_the_full_normaliser_finds(text):
    full = LIBRARY.scan_normalized(normalize_with_offsets(text))
    assert LIBRARY.scan(text) == full


@FAST
@given(
    term=st.sampled_from(WORD_TERMS),
    separator=st.sampled_from([".", "-", "_", " ", "*", ". ", "/"]),
    before=st.sampled_from(["", "so ", "omg ", "i said "]),
    after=st.sampled_from(["", " now", " ok", "!!"]),
)
def test_separating_the_letters_of_a_keyword_keeps_the_match(term, separator, before, after):
    text = before + separator.join(term) + after
    assert term in [m.entry.term for m in LIBRARY.scan(text)], text


@FAST
@given(
    term=st.sampled_from(WORD_TERMS),
    invisible=st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]),
    where=st.lists(st.integers(min_value=1, max_value=10), max_size=4),
    before=st.sampled_from(["", "so ", "omg "]),
)
def test_zero_width_characters_inside_a_keyword_keep_the_match(term, invisible, where, before):
    chars = list(term)
    for index in sorted({min(i, len(term) - 1) for i in where}, reverse=True):
        chars.insert(index, invisible)
    text = before + "".join(chars) + " ok"
    assert term in [m.entry.term for m in LIBRARY.scan(text)], text
