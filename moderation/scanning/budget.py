"""The match budget: how much of a post's matches a scan reads.

Reading a match costs: locating it in the text as written (the normaliser's offsets), then its
context. Real posts hold a few matches of each kind (at most 3 of one category and severity
in any post of the benchmark corpus or the concerns sets, 1-2 KB posts included); a paste of
thousands of library terms would cost a second or more. So a scan reads the first
``READ_PER_KIND`` matches of each kind, a kind being the entry's (category, library
severity), and only counts the rest: every category in the post is reported at each of its
library severities, with its first matches where they were typed, and the count of those not
read goes with the result (``unread_of``) for staff to see.

A high reading may become critical by its context ("tonight", a note, a method with intent:
``planning``, ``farewell``, ``reunion``, ``silencing``, ``places``), so a category with those
rules is not left at high because its raising match lay past the budget: when a scan leaves
high or critical matches of such a category unread and none of its readings is critical,
the post is read again with those kinds in full (``kinds_to_read_in_full``). Other
categories' worst reading is their library severity's, which the budget always reads.

The budget of the reading in progress is kept per thread (``start``, ``current``), as the
skeleton's readings are: the exact pass and the direct reading consult it without every call
between ``scan`` and them passing it on.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Any

from moderation.scanning import farewell, places, planning, reunion, silencing
from moderation.scanning.entries import Entry

# Matches of one (category, library severity) read in a post; the rest are counted.
READ_PER_KIND = 16
HIGH = 3
CRITICAL = 4
# Categories whose high readings a context rule may raise to critical (a plan, a farewell, a
# reunion wished for: self-harm; a secret kept by a threat: grooming), and the violence terms a
# place named makes critical.
RAISED_TO_CRITICAL = frozenset(
    module.CATEGORY for module in (planning, farewell, reunion, silencing)
)
RAISED_BY_A_PLACE = frozenset(places.WISHES)

Kind = tuple[str, int]


def kind_of(entry: Entry) -> Kind:
    return entry.category, entry.severity


class Budget:
    """What a scan has read of each kind and left unread. ``full``: kinds read in full."""

    __slots__ = ("read", "unread", "full", "skipped", "raisable")

    def __init__(self, full: frozenset[Kind] = frozenset()) -> None:
        self.read: dict[Kind, int] = {}
        self.unread: dict[Kind, int] = {}
        self.full = full
        # (start, end, library severity) of the matches passed over, where the reader found
        # them (the normalised post, or the post): a match read there that one of them would
        # have overridden goes too (``outranked``).
        self.skipped: list[tuple[int, int, int]] = []
        # categories with a high match passed over that its context might make critical
        self.raisable: set[str] = set()

    def room(self, kind: Kind) -> int:
        """How many more matches of ``kind`` may be read."""
        if kind in self.full:
            return 1 << 30
        return READ_PER_KIND - self.read.get(kind, 0)

    def took(self, kind: Kind) -> None:
        self.read[kind] = self.read.get(kind, 0) + 1

    def spend(self, matches: Sequence[Any]) -> list[Any]:
        """``matches`` (in order) within the budget: the first of each kind, the rest counted."""
        kept = []
        skipped = self.skipped
        for match in matches:
            entry = match.entry
            kind = kind_of(entry)
            if self.room(kind) > 0:
                self.took(kind)
                kept.append(match)
            else:
                self.pass_over(entry, kind, match.start, match.end)
        if not skipped:
            return kept
        spans = [(m.start, m.end, m.entry.severity) for m in kept]
        dropped = outranked(spans, skipped)
        return [m for i, m in enumerate(kept) if i not in dropped] if dropped else kept

    def spend_counted(
        self, kept: Sequence[Any], passed: Sequence[tuple[Entry, Kind, int, int]]
    ) -> list[Any]:
        """``spend`` where the caller has already weighed each match against the room left
        (in order, before reading it): ``kept`` within the budget, ``passed`` (entry, kind,
        start, end) past it, counted and not read."""
        for match in kept:
            self.took(kind_of(match.entry))
        for entry, kind, start, end in passed:
            self.pass_over(entry, kind, start, end)
        if not self.skipped:
            return list(kept)
        spans = [(m.start, m.end, m.entry.severity) for m in kept]
        dropped = outranked(spans, self.skipped)
        return [m for i, m in enumerate(kept) if i not in dropped] if dropped else list(kept)

    def pass_over(self, entry: Entry, kind: Kind, start: int, end: int) -> None:
        """Count a match of ``entry`` at [start, end) and do not read it."""
        self.unread[kind] = self.unread.get(kind, 0) + 1
        severity = entry.severity
        self.skipped.append((start, end, severity))
        if severity >= HIGH and (
            entry.category in RAISED_TO_CRITICAL or entry.term in RAISED_BY_A_PLACE
        ):
            self.raisable.add(entry.category)


def outranked(
    spans: Sequence[tuple[int, int, int]], skipped: list[tuple[int, int, int]]
) -> set[int]:
    """The indices of ``spans`` (start, end, library severity) that a match passed over by the
    budget would have overridden, as ``matches.one_reading_per_span`` does: a more severe one
    overlapping it, or a longer one holding it. Without this, the budget passing over "kill
    myself" would leave "want to kill" (violence) standing in its place."""
    skipped.sort()
    starts = [start for start, _end, _severity in skipped]
    reach = max(end - start for start, end, _severity in skipped)
    dropped = set()
    for index, (start, end, severity) in enumerate(spans):
        at = bisect_left(starts, start - reach)
        while at < len(skipped) and skipped[at][0] < end:
            other_start, other_end, other_severity = skipped[at]
            if other_end > start and (
                other_severity > severity
                or (
                    other_start <= start
                    and other_end >= end
                    and other_end - other_start > end - start
                )
            ):
                dropped.add(index)
                break
            at += 1
    return dropped


class _State(threading.local):
    budget: Budget | None = None
    full: frozenset[Kind] = frozenset()


_state = _State()


def start(full: frozenset[Kind] = frozenset()) -> None:
    """Begin reading a post (or another reading of it) within a fresh budget, made when a
    match first needs it (most posts have none): ``full``, the kinds read in full."""
    _state.budget = None
    _state.full = full


def current() -> Budget:
    """The budget of the reading in progress on this thread."""
    budget = _state.budget
    if budget is None:
        budget = _state.budget = Budget(_state.full)
    return budget


def left_unread() -> tuple[dict[Kind, int], frozenset[str]]:
    """What the reading in progress has counted and not read, and the categories of what it
    did not read that context might have made critical."""
    budget = _state.budget
    if budget is None:
        return {}, frozenset()
    return budget.unread, frozenset(budget.raisable)


class Matches(list):  # type: ignore[type-arg]
    """A scan's matches, with the count of matches of each kind it did not read."""

    __slots__ = ("unread", "raisable")

    def __init__(
        self, matches: Iterable[Any], unread: dict[Kind, int], raisable: frozenset[str]
    ) -> None:
        super().__init__(matches)
        self.unread = unread
        self.raisable = raisable


def unread_of(matches: Sequence[Any]) -> dict[Kind, int]:
    """(category, library severity) -> matches of that kind a scan found and did not read."""
    return dict(getattr(matches, "unread", None) or {})


def with_unread(matches: list[Any], *counts: tuple[dict[Kind, int], frozenset[str]]) -> list[Any]:
    """``matches`` carrying the larger of ``counts`` for each kind (readings of one post
    count the same words again), or ``matches`` itself if nothing went unread."""
    unread: dict[Kind, int] = {}
    raisable: frozenset[str] = frozenset()
    for count, categories in counts:
        raisable |= categories
        for kind, number in count.items():
            if number > unread.get(kind, 0):
                unread[kind] = number
    return Matches(matches, unread, raisable) if unread else matches


def left_by(matches: Sequence[Any]) -> tuple[dict[Kind, int], frozenset[str]]:
    """What a scan's ``matches`` say it left unread (as ``left_unread``)."""
    return unread_of(matches), getattr(matches, "raisable", frozenset())


def kinds_to_read_in_full(matches: Sequence[Any]) -> frozenset[Kind]:
    """The high and critical kinds left unread in a category whose worst reading may lie
    among them: a match of it passed over may be made critical by its context, and no
    reading of it is critical."""
    unread, raisable = left_by(matches)
    if not raisable:
        return frozenset()
    critical = {m.category for m in matches if m.severity >= CRITICAL}
    return frozenset(
        (category, severity)
        for category, severity in unread
        if severity >= HIGH and category in raisable and category not in critical
    )
