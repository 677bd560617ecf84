"""Posts with @mentions, prices, text-speak and "!!!" are proved clean without the full
normaliser, and nothing the normaliser would find is lost on the way."""

from __future__ import annotations

import pytest

from moderation.bench.corpus import student_posts
from moderation.bench.writing import counting_normaliser
from moderation.engine import compile_library
from moderation.scanning.normalize import normalize_with_offsets

from .conftest import ENTRIES

LIBRARY = compile_library(ENTRIES)
TERMS = [entry.term for entry in ENTRIES]


def _full(text: str) -> list[tuple[str, int, int]]:
    return [
        (m.entry.term, m.start, m.end)
        for m in LIBRARY.scan_normalized(normalize_with_offsets(text))
    ]


def _scanned(text: str) -> list[tuple[str, int, int]]:
    return [(m.entry.term, m.start, m.end) for m in LIBRARY.scan(text)]


@pytest.mark.parametrize(
    "post",
    [
        "@noah are you coming to practice?",
        "the trip is $20, bring it by friday",
        "gr8 game m8, see you l8r",
        "NO WAY!!! that was amazing!!!",
        "is it due 2moro?! @mia_ knows",
        "a+b is the answer to q3",
        "me & @sam_99 finished the project 🎉",
    ],
)
def test_an_everyday_post_with_symbols_is_clean_and_skips_the_normaliser(post):
    with counting_normaliser() as calls:
        assert LIBRARY.scan(post) == []
    assert calls[0] == 0


@pytest.mark.parametrize(
    "post, term",
    [
        ("@noah you @ss", "ass"),
        ("you're such a $lut lol", "slut"),
        ("gr8, now go k1ll yourself", "kill yourself"),
        ("i will ki!! you", "kill"),
        ("k|ll it with fire @mia", "kill"),
        ("$.l.u.t honestly", "slut"),
        ("sh!!!t happens m8", "shit"),
        ("c0ck!!! @sam", "cock"),
    ],
)
def test_a_disguised_word_beside_an_everyday_symbol_is_still_found(post, term):
    assert term in [m.entry.term for m in LIBRARY.scan(post)]


def test_on_a_thousand_student_posts_the_scan_finds_what_the_full_normaliser_finds():
    for post in student_posts(1000, TERMS, seed=7, hit_rate=0.2):
        assert _scanned(post) == _full(post), post
