"""A student who discloses abuse, a wish to die, feeling a burden or an eating disorder is
flagged at the severity staff need, whatever the precision rules take away elsewhere."""

from __future__ import annotations

import pytest

# The disclosure set as the benchmark reads it; the library is the starter libraries compiled once.
from moderation.bench.precision import disclosure_misses, disclosures
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


@pytest.fixture(scope="module")
def library():
    return STARTER


def test_the_disclosure_set_covers_both_languages_and_the_kinds_that_matter():
    rows = disclosures()
    assert {r.language for r in rows} == {"en", "es"}
    assert {r.category for r in rows} >= {"grooming", "self_harm", "eating_disorders"}


def test_every_disclosure_is_flagged_at_its_severity(library):
    assert [(row.text, got) for row, got in disclosure_misses(library)] == []


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("ive never told anyone this but my brothers friend touches me", 3),
        ("she forced me to do stuff in the changing room", 3),
        ("honestly i want to end it all, im done", 4),
        ("i made myself throw up again and i feel awful", 3),
        ("llevo dos días sin comer y nadie se da cuenta", 3),
    ],
)
def test_a_disclosure_written_another_way_is_flagged(library, post, at_least):
    assert max((m.severity for m in scan_post(library, post)), default=0) >= at_least


def test_a_speech_that_touches_me_is_not_a_disclosure(library):
    assert scan_post(library, "Her speech at assembly really touches me every time.") == []
