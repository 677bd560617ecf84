"""How the screen decides a post's | ! + are letters, and the readings it makes of them.

"k|ll", "ki!!" and "sh!t" are letters; "a | b", "wow!" and "c++" are punctuation. The
screen finds both kinds with regex searches that start at a symbol (a paste of thousands of
them costs C-speed passes, not a Python step each), and writes each reading of the | and !
runs with str.replace. Here both are held to the rules written out plainly.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import compile_library
from moderation.scanning.skeleton import AMBIGUOUS, LEET, other_readings, symbol_kind

from .conftest import ENTRIES

LIBRARY = compile_library(ENTRIES)
_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") | frozenset(
    range(128, 256)
)


def kind_by_the_rule(raw: bytes) -> int:
    """Symbol by symbol, apostrophes skipped, as the screen used to walk them."""
    if b"$" in raw or b"@" in raw:
        return LEET
    ambiguous = False
    for symbol in b"!+|":
        index = raw.find(symbol)
        while index != -1:
            end = index + 1
            while end < len(raw) and raw[end] == symbol:
                end += 1
            before = index - 1
            while before >= 0 and raw[before] in b"'`":
                before -= 1
            after = end
            while after < len(raw) and raw[after] in b"'`":
                after += 1
            word_before = before >= 0 and raw[before] in _WORD
            word_after = after < len(raw) and raw[after] in _WORD
            if symbol == ord("|"):
                ambiguous = ambiguous or word_before or word_after
            elif word_before and word_after:
                if end - index == 1:
                    return LEET
                ambiguous = ambiguous or symbol == ord("!")
            elif symbol == ord("!") and word_before and end - index > 1:
                ambiguous = True
            index = raw.find(symbol, end)
    return AMBIGUOUS if ambiguous else 0


def test_a_student_s_symbols_are_told_apart_from_punctuation():
    assert symbol_kind(b"k|ll", b"|") == AMBIGUOUS
    assert symbol_kind(b"ki!! now", b"!!") == AMBIGUOUS
    assert symbol_kind(b"sh!t", b"!") == LEET
    assert symbol_kind(b"a | b, wow! c++", b"|!++") == 0


pieces = st.sampled_from(["a", "k", "1", "!", "!!", "+", "|", "||", "'", " ", ".", "é", "😂"])


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=20).map("".join))
def test_the_searches_agree_with_the_rule_or_look_closer(text):
    raw = text.encode()
    symbols = bytes(c for c in raw if c in b"$@!+|")
    expected = kind_by_the_rule(raw)
    found = symbol_kind(raw, symbols)
    # Runs parted only by apostrophes ("a!'!b") may be called AMBIGUOUS: more screening.
    assert found == expected or (found == AMBIGUOUS and expected == 0), text


def test_every_reading_of_bars_and_bangs_is_written_even_beside_stand_in_characters():
    for text in ("k|ll ki!!", "k|ll \x02 ki!! \x03"):
        readings = {reading for reading, _spans in other_readings(text)}
        assert text.replace("|", "i").replace("!", "i") in readings
        assert text.replace("|", "l").replace("!", "l") in readings
        assert text.replace("|", "i").replace("!", "l") in readings
        assert text.replace("|", "l").replace("!", "i") in readings
        assert "kill" in [m.entry.term for m in LIBRARY.scan(text)]
