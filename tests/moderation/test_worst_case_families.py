"""A paste in which nothing repeats still costs work in proportion to its length.

The shapes of ``test_worst_case`` repeat one unit, so a memo of its words pays for most of
the paste. A bot (or a student set on getting past the filter) can instead paste thousands of
different library words, each disguised its own way: split by separators, written in symbols,
starred out, drawn out. Every word is then a match of another entry, each one mapped back to
the text. For each family of such pastes (``moderation.bench.writing.WORST_CASE_FAMILIES``)
the slowest of a few is found, by the work counted as in ``test_worst_case`` (no clocks), and
the paste three times over must cost at most about three times the work, once the paste is long
enough for the match budget's one re-reading.
"""

from __future__ import annotations

import pytest

from moderation.bench.writing import FAMILY_SEEDS, WORST_CASE_FAMILIES, family_terms
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER
from tests.moderation.test_worst_case import _calls

TERMS = family_terms(STARTER)
SMALL = 6_000


def _slowest_seed(family: str) -> int:
    """The seed whose paste of ``family`` costs the most work a character."""
    paste = WORST_CASE_FAMILIES[family]
    work = {}
    for seed in FAMILY_SEEDS:
        text = paste(TERMS, seed, SMALL)
        scan_post(STARTER, text)  # first sight of its characters and words out of the count
        work[seed] = _calls(lambda text=text: STARTER.scan(text))
    return max(work, key=work.__getitem__)


@pytest.mark.parametrize("family", WORST_CASE_FAMILIES)
def test_the_slowest_paste_of_a_family_three_times_over_is_about_three_times_the_work(family):
    seed = _slowest_seed(family)
    paste = WORST_CASE_FAMILIES[family]
    # Past the step where the match budget reads a paste again for what it left unread (once,
    # whatever the length: 6,000 characters of some seeds are under it, 18,000 over it): the
    # same words three times over. A longer paste of the family would bring in tricks the short
    # one lacks (a | read as letters, a starred word), each a reading more of it all.
    small = paste(TERMS, seed, SMALL) * 3
    large = small * 3
    scan_post(STARTER, large)
    work_small = _calls(lambda: STARTER.scan(small))
    work_large = _calls(lambda: STARTER.scan(large))
    assert work_large <= 3.3 * work_small + 200, (family, seed, work_small, work_large)
    post_small = _calls(lambda: scan_post(STARTER, small))
    post_large = _calls(lambda: scan_post(STARTER, large))
    assert post_large <= 3.3 * post_small + 200, (family, seed, post_small, post_large)


def test_a_paste_of_different_disguised_words_is_flagged_from_its_first_word():
    # the paste is no clean text however it is disguised: its first words are found
    for family, paste in WORST_CASE_FAMILIES.items():
        text = paste(TERMS, 0, SMALL)
        found = STARTER.scan(text)
        assert found, family
        assert found[0].start < 200, (family, text[:200])
