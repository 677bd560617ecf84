"""What a scan returns: a keyword found in a post, located in the text as written."""

from __future__ import annotations

from typing import NamedTuple

from moderation.context import label_match
from moderation.scanning.entries import Entry

# A match's context before (or without) the context rules: the words used plainly.
PLAIN = "plain"


class Match(NamedTuple):
    """A keyword found in a post, located in the text exactly as the student wrote it.

    A named tuple, not a dataclass: as immutable, and made several times faster, which
    counts in a post with many matches.
    """

    entry: Entry
    start: int
    end: int
    text: str  # == scanned_text[start:end]
    category: str
    severity: int
    normalisations: tuple[str, ...]  # e.g. ("leetspeak",) for "k1ll"; () for a plain match
    context: str = PLAIN  # how the post uses the words: see ``with_context``

    @classmethod
    def of(cls, entry: Entry, start: int, end: int, text: str, steps: tuple[str, ...]) -> Match:
        """A match of ``entry``, its category and severity taken from it."""
        return cls(entry, start, end, text, entry.category, entry.severity, steps)


def finish(text: str, matches: list[Match]) -> list[Match]:
    """What a scan reports, from every match found in ``text`` (in order of position)."""
    return [with_context(text, match) for match in matches]


def with_context(text: str, match: Match) -> Match:
    """``match`` with its context label (and the severity that context gives it): the one
    call site of the context rules in ``moderation.context``. The entry keeps the
    library's own severity; the match carries the one routing and holding act on."""
    context, severity = label_match(text, match.start, match.end, match.entry)
    if context == PLAIN and severity == match.severity:
        return match
    return match._replace(context=context, severity=severity)
