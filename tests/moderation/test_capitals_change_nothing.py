"""Phones capitalise words and students capitalise for emphasis: a library word written
with a capital is read as it is in lower case, every one of them, except the few that are
also a name or a brand ("Dick Turpin", "a Coke")."""

from __future__ import annotations

from moderation.scanning.homonyms import NAME_HOMONYMS
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER

FRAMES = ("ugh {} honestly", "my friend said {} to me", "lol {} is what she wrote")


def severities(text: str) -> list[int]:
    return sorted(m.severity for m in scan_post(STARTER, text))


def test_every_library_word_capitalised_is_read_as_in_lower_case():
    changed = []
    for entry in STARTER.entries:
        if entry.term.lower() in NAME_HOMONYMS:
            continue
        for frame in FRAMES:
            lower = severities(frame.format(entry.term))
            capital = severities(frame.format(entry.term.title()))
            if lower != capital:
                changed.append((entry.term, frame, lower, capital))
    assert changed == []
