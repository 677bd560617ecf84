"""A long post of respelt words costs the pipeline work in proportion to its length.

The pipeline reads a post twice: as written, and with its misspelt, split and run-together
words and chat spellings written as the library's (``spanish.scan_post``). A paste of 64 KiB
of "re tard sl ut" once cost a second scan of the whole paste and thousands of Python steps
per repeated word. Now each repeated word is worked out once a post, the reading is searched
only where it was edited, and a paste is read again by its first edits (``MAX_EDITS``), as a
post of thousands of matches is flagged by its first ones. Work is counted in calls, as in
``test_worst_case``: no clocks.
"""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER
from tests.moderation.test_worst_case import _calls, _fill

# One unit of each shape a student (or a bot) may paste, each word of it read again.
SHAPES = {
    "insults split across spaces": "re tard sl ut mus lims ",
    "words run together": "sucharetard gokys ",
    "a phrase misspelt": "musilms are scmu ",
    "chat spellings": "u r shud wen ",
    "dotted letters with chat spellings": "i s.l.u.t u ",
    "bangs inside words": "s!u!i!c!i!d!e ",
    "letters drawn out": "killlll sooo ",
    "numbers for words": "want 2 die 4 real ",
}


@pytest.mark.parametrize("shape", SHAPES)
def test_reading_a_paste_again_costs_little_beside_reading_it_once(shape):
    small = _fill(SHAPES[shape], 16_000)
    large = _fill(SHAPES[shape], 48_000)
    scan_post(STARTER, small)  # first sight of its words out of the count
    work_small = _calls(lambda: scan_post(STARTER, small))
    work_large = _calls(lambda: scan_post(STARTER, large))
    assert work_large <= 3.3 * work_small + 200, (shape, work_small, work_large)
    # Beyond the plain scan, at most about a call and a half a character (it was 2 to 7:
    # every repeated word worked out again, the whole reading scanned a second time).
    plain = _calls(lambda: STARTER.scan(large))
    assert work_large - plain <= 1.5 * len(large), (shape, plain, work_large)


def test_a_repeated_run_together_word_is_cut_once_a_post():
    # 64 KiB of the same two words run together: the cut is found once, not 7,000 times.
    post = _fill("sucharetard gokys ", 64 * 1024)
    few = _fill("sucharetard gokys ", 64 * 4)
    assert _calls(lambda: scan_post(STARTER, post)) < 20 * _calls(lambda: scan_post(STARTER, few))


def test_a_paste_of_split_insults_is_still_flagged_where_it_starts():
    post = _fill("re tard ", 64 * 1024)
    found = scan_post(STARTER, post)
    assert found and found[0].start == 0 and found[0].text == "re tard"


def test_a_misspelt_threat_at_the_end_of_a_long_post_is_found_where_it_was_typed():
    # the reading is searched only around its edits; what it finds there is the same
    opening = "we had a good day at school and then went home for tea. " * 60
    post = opening + "wmen are scum"
    found = scan_post(STARTER, post)
    assert [(m.start, m.text) for m in found] == [(len(opening), "wmen are scum")]
    alone = scan_post(STARTER, "wmen are scum")
    assert [(m.entry, m.severity, m.context) for m in found] == [
        (m.entry, m.severity, m.context) for m in alone
    ]
