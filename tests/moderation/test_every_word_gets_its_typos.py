"""The typo budget goes to single words before phrases: a slur or a drug mistyped
("subnromal") is far commoner than a mistyped phrase, and the hate libraries' hundreds of
generalisations about groups must not use it all up."""

from __future__ import annotations

from moderation.scanning.forms import load_word_lists, typo_forms
from moderation.scanning.keys import _normalize_term
from tests.moderation.starter_library import STARTER


def test_every_word_of_severity_two_or_more_is_caught_mistyped():
    known = load_word_lists()
    missed = []
    for entry in STARTER.entries:
        key = _normalize_term(entry.term)
        if entry.mode != "word" or " " in key or entry.severity < 2 or len(key) < 6:
            continue
        slips = typo_forms(key, known)
        if slips and not any(m.entry == entry for m in STARTER.scan(f"ugh {slips[0]} honestly")):
            missed.append((entry.term, slips[0]))
    assert missed == []
