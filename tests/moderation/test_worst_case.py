"""A post of anything scans in time linear in its length.

A student (or a bot) can paste 64 KiB of one pattern, over and over: dotted letters, leetspeak,
zero-width characters, thousands of matches. The work a scan does is counted here as the
Python-level calls it makes (the C-speed parts, translate and the automaton, are linear by
construction); three times the post must cost at most about three times the work. (Both
sizes are long enough to take the same path: a post with thousands of candidates goes
straight to the normaliser.) No clocks:
``make bench`` prints the times.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from moderation.engine import compile_library
from moderation.scanning.budget import READ_PER_KIND, unread_of

from .conftest import ENTRIES

LIBRARY = compile_library(ENTRIES)

# One unit of each shape, repeated to fill a post.
SHAPES = {
    "dotted tokens": "k.i.l.l ",
    "dotted tokens with a stray letter": "i k.i.l.l u ",
    "spaced letters": "k i l l ",
    "separator runs": "--__..**",
    "mixed scripts": "kіll кill ĸill ",
    "emoji": "😂💀❤️",
    "zero-width characters": "k\u200bi\u200bl\u200bl\u200b ",
    "HTML entities": "&amp;kill&#39;s &lt;3 ",
    "leetspeak": "k1ll 4ss h8 ",
    "letters repeated": "killlll sooo ",
    "bars and bangs read as letters": "k|ll ki!! ",
    "bars between single letters": "a|b|c|d|e|f ",
    "bangs inside a word": "s!u!i!c!i!d!e ",
    "bangs after words": "wow!!! so!!! k!ll ",
    "combining marks": "k\u0301\u0302\u0303i\u0301l\u0301l\u0301 ",
    "mentions and symbols": "@kill @ass $hit ",
    "plain matches": "i will kill you ",
    "apostrophes": "don't kill ",
    "ones and eights": "1 8 a1 41 ",
}


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _calls(run: Callable[[], object]) -> int:
    """How many Python and C function calls ``run`` makes (generator steps included)."""
    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shape", SHAPES)
def test_three_times_the_post_is_at_most_about_three_times_the_work(shape):
    small = _fill(SHAPES[shape], 16_000)
    large = _fill(SHAPES[shape], 48_000)
    LIBRARY.scan(small)  # memos of first sight (folded characters) out of the count
    work_small = _calls(lambda: LIBRARY.scan(small))
    work_large = _calls(lambda: LIBRARY.scan(large))
    assert work_large <= 3.3 * work_small + 200, (shape, work_small, work_large)


def test_a_post_of_thousands_of_dotted_matches_reports_its_first_ones_where_typed():
    post = _fill("k.i.l.l ", 64 * 1024)
    found = LIBRARY.scan(post)
    assert len(found) == READ_PER_KIND  # the rest counted (moderation/scanning/budget.py)
    assert unread_of(found) == {("violence", 3): 64 * 1024 // 8 - READ_PER_KIND}
    assert all(post[m.start : m.end] == "k.i.l.l" for m in found)
    assert found[0].start == 0


def test_a_capped_entry_does_not_hide_another_entry_later_in_the_post():
    post = "k.i.l.l " * 2000 + "and then s.l.u.t"
    terms = [m.entry.term for m in LIBRARY.scan(post)]
    assert terms.count("kill") == READ_PER_KIND
    assert terms[-1] == "slut"


def test_each_match_in_a_long_post_with_bars_and_bangs_is_checked_once():
    """Reading | and ! as letters rereads the post a fixed number of times, not once per
    match: the work per match stays the same however many matches there are."""
    few = "ok " * 200 + "k|ll " * 10
    many = "ok " * 200 + "k|ll " * 1000
    per_match_few = _calls(lambda: LIBRARY.scan(few)) / 10
    per_match_many = _calls(lambda: LIBRARY.scan(many)) / 1000
    assert per_match_many <= per_match_few * 1.5
