"""Which tokens the normaliser reads back from leetspeak, found by one regex search.

A student writes "gr8", "@noah", "k1ll" and also "$20", "10", "wow!!" and "c++". The
leetspeak step rewrites a token only where a run of digits and symbols touches a letter on
both sides, or touches one on one side and is more than ! and +. The engine finds those
tokens with a regex that starts at a digit or symbol (so a post's prices and "!!" cost no
Python-level work); here it is held to the rule written out plainly, run by run.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.scanning.normalize import leet_tokens, normalize

_RUN = re.compile("[0-9@$\u20ac!+]+")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_TOKEN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$\u20ac!+")


def tokens_by_the_rule(text: str) -> list[tuple[int, int]]:
    spans = []
    token_end = 0
    for run in _RUN.finditer(text):
        a, b = run.span()
        if a < token_end:
            continue
        before = a > 0 and text[a - 1] in _LETTERS
        after = b < len(text) and text[b] in _LETTERS
        if not (before and after) and (not (before or after) or not run.group().strip("!+")):
            continue
        while a > 0 and text[a - 1] in _TOKEN:
            a -= 1
        while b < len(text) and text[b] in _TOKEN:
            b += 1
        token_end = b
        spans.append((a, b))
    return spans


def test_a_student_s_text_speak_is_found_and_their_prices_and_punctuation_are_not():
    text = "gr8 @noah its $20 at 10 wow!! c++ k1ll a!!5 !!x"
    found = [text[a:b] for a, b in leet_tokens(text)]
    assert found == ["gr8", "@noah", "k1ll", "a!!5"]
    assert normalize("ki11 @ss h8") == "kill ass hate"


pieces = st.sampled_from(
    ["a", "k", "1", "8", "4", "@", "$", "!", "+", "!!", "++", " ", ".", "\u20ac", "10am", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join))
def test_the_regex_finds_exactly_the_tokens_the_rule_names(text):
    assert leet_tokens(text) == tokens_by_the_rule(text)


def test_a_long_run_of_digits_beside_a_letter_is_one_token():
    text = "1" * 5000 + "a " + "!" * 5000 + "b"
    assert leet_tokens(text) == tokens_by_the_rule(text) == [(0, 5001)]
