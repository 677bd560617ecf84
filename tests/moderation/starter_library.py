"""The starter libraries, compiled once for every story test that reads posts with them (a
compile takes about a second; a compiled library is immutable and safe to share)."""

from __future__ import annotations

from moderation.engine import compile_library
from moderation.keywords.starter import starter_entries
from moderation.scanning.spanish import scan_post

STARTER = compile_library(starter_entries())
# The severity from which a post is held by default.
HOLD = 3


def worst(text: str) -> int:
    """The highest severity of any match in ``text``, as the pipeline reads a post."""
    return max((m.severity for m in scan_post(STARTER, text)), default=0)


def worst_in(text: str, category: str) -> int:
    """The highest severity of ``category``'s matches in ``text`` (0 if none)."""
    found = scan_post(STARTER, text)
    return max((m.severity for m in found if m.category == category), default=0)


def top_reading(text: str) -> tuple[int, str]:
    """The severity and context label of the most severe match in ``text`` ((0, "") if none)."""
    top = max(scan_post(STARTER, text), key=lambda m: m.severity, default=None)
    return (top.severity, top.context) if top is not None else (0, "")


def recorded_as_handled(text: str) -> bool:
    """Whether ``text`` is still recorded, below the hold, with a match read as a concern
    already passed on or dealt with (the context label 'handled')."""
    found = scan_post(STARTER, text)
    return (
        bool(found)
        and max(m.severity for m in found) < HOLD
        and "handled" in {m.context for m in found}
    )
