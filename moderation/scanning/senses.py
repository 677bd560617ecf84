"""Senses that the characters right beside a match give it, whatever its library severity.

A few library words are also units of measure ("kms", text shorthand for "kill myself", is
kilometres in "ran 10 kms"); after a number they are the unit, whoever wrote them. Such a
match is no match at all: a figure before a word never makes it a concern.

Pure Python, no Django; read by ``moderation.scanning.matches`` before the context label.
"""

from __future__ import annotations

import re

# Abbreviations of units that a number comes before (a school's own library may add terms
# that are also units; they are read the same way).
UNITS = frozenset(
    "km kms mi mg mgs kg kgs g gs ml l lb lbs oz mph kph kmh hr hrs min mins sec secs "
    "mm cm ft yd yds gb mb kb".split()
)
# A figure just before the match: "10 kms", "2.5km", "1,200 kms".
_FIGURE_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?\s?\Z")
_REACH = 24


def is_unit_after_figure(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a unit of measure right after a number."""
    if text[start:end].lower() not in UNITS:
        return False
    return _FIGURE_BEFORE.search(text, max(0, start - _REACH), start) is not None
