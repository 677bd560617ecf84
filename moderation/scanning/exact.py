"""The exact pass: keys looked for in a post's normalised text and mapped back to it."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Any

from moderation.scanning import budget as match_budget
from moderation.scanning.entries import Entry
from moderation.scanning.matches import Match, finish
from moderation.scanning.normalize import (
    LEETSPEAK,
    STEP_ORDER,
    Normalized,
    _fold,
    _overlaps,
    normalize_with_offsets,
)
from moderation.scanning.proof import _GAP
from moderation.scanning.skeleton import (
    other_readings,
    skeleton_of_normalized,
)

# Between targets looked through in one pass: normalised text and keys never hold it.
_APART = "\x00"
# Single letters that are often words of their own next to spaced-out letters: "i k i l l u".
_STRAY_LETTERS = frozenset("iau")
_EXCEPTION_MEMO_LIMIT = 10_000
# Posts this long or longer have each reading of their | and ! screened whole before it is
# normalised.
_READ_WHOLE_FROM = 2048


# Occurrences of one entry a post reports: a paste of one word thousands of times is flagged
# by its first ones, and mapping every one back to the text would cost for nothing.
MAX_PER_ENTRY = 100
# Candidates gathered before they are mapped back to the post; from this many, they are
# mapped together (fewer are mapped one by one: most posts have one or two).
_BATCH = 512
_MAPPED_TOGETHER = 16


class _Found(dict[tuple[int, int, int], Match]):
    """The matches of a post found so far (by span and entry), and how many of each entry."""

    __slots__ = ("per_entry", "padded")

    def __init__(self) -> None:
        super().__init__()
        self.per_entry: dict[int, int] = {}
        # where each match of the post's own reading is in its normalisation: [first, last)
        self.padded: dict[tuple[int, int, int], tuple[int, int]] = {}


class ExactPass:
    """The part of a compiled library that checks candidates in normalised text (with
    ``CleanProof``'s ``_reading_windows`` and ``_reading_is_clean`` beside it)."""

    __slots__ = ()
    # set by CompiledLibrary
    entries: tuple[Entry, ...]
    _exact: Any
    _exceptions: tuple[tuple[str, ...], ...]
    _exception_memo: dict[tuple[int, str], tuple[str, ...]]
    _runs_inert: Any  # ResidualScreen's

    def scan_normalized(self, norm: Normalized) -> list[Match]:
        """What ``scan`` gives for the post ``norm`` was made from, always through the
        exact pass (``scan`` takes it only when needed): for tests and tools."""
        match_budget.start()
        found = self._exact_matches(norm)
        return match_budget.with_unread(
            finish(norm.original, found) if found else found, match_budget.left_unread()
        )

    def _exact_matches(self, norm: Normalized, offset: int = 0) -> list[Match]:
        """The exact pass over a normalised post.

        ``norm`` may be of a slice of the post that starts at ``offset`` in it. A | or !
        that may stand for letters ("k|ll", "ki!!") is read both ways: as punctuation in
        ``norm``, and as letters in other readings of the post, normalised here.
        """
        found = _Found()
        self._collect_all(norm, found, offset, None)
        readings = other_readings(norm.original)
        # Only a match over a | or ! run a reading writes as letters counts from it (the
        # rest of it reads as the post does, and the post's own reading decided there:
        # "kill time!!" is no "kill" because "time!!" may read "timell"); runs in words
        # that no reading can put in a match are left as they are.
        if readings and not self._runs_inert(norm.original, readings[0][1]):
            windows = self._reading_windows(norm.original, readings[0][1])
            for reading, spans in readings:
                # A reading differs from the post only in the words its | and ! are in: if
                # the words around those hold nothing, it holds no match the post's own
                # reading has not given (its normalisation is skipped).
                if windows is not None and self._reading_is_clean(
                    _fold(_GAP.join(reading[a:b] for a, b in windows))[0], strict=True
                ):
                    continue
                # A long paste whose | and ! are everywhere: a reading in which no key can
                # match ("a|b|c" read "aibic") is not normalised either. (Not worth it in
                # a short post, where the reading is quickly normalised.)
                if (
                    windows is None
                    and len(reading) >= _READ_WHOLE_FROM
                    and self._reading_is_clean(_fold(reading)[0])
                ):
                    continue
                self._collect_all(normalize_with_offsets(reading), found, offset, (norm, spans))
        budget = match_budget.current()
        if budget.skipped:  # a match the budget passed over overrides those it would have
            entries = self.entries
            keys = list(found.padded)
            spans = [(*found.padded[key], entries[key[2]].severity) for key in keys]
            for index in match_budget.outranked(spans, budget.skipped):
                del found[keys[index]]
        return [found[key] for key in sorted(found)]

    def _collect_all(
        self,
        norm: Normalized,
        found: _Found,
        shift: int,
        reread: tuple[Normalized, list[tuple[int, int]]] | None,
    ) -> None:
        self._collect(norm, [(norm.padded, 0)], found, words_only=False, shift=shift, reread=reread)
        if not norm.has_separated:
            return
        padded = norm.padded
        inners: list[tuple[str, int]] = []
        for lo, hi in norm.region_slices(_STRAY_LETTERS):
            # Letters spaced out next to a lone "i", "a" or "u" join with it ("i k i l l
            # u" -> "ikillu"): look inside the joined word without them as well.
            lefts = (0, 1) if padded[lo] in _STRAY_LETTERS else (0,)
            rights = (0, 1) if padded[hi - 1] in _STRAY_LETTERS else (0,)
            for left in lefts:
                for right in rights:
                    if (left or right) and hi - lo - left - right >= 2:
                        inners.append((f" {padded[lo + left : hi - right]} ", lo + left - 1))
        if inners:
            self._collect(norm, inners, found, words_only=True, shift=shift, reread=reread)

    def _collect(
        self,
        norm: Normalized,
        targets: list[tuple[str, int]],
        found: _Found,
        *,
        words_only: bool,
        shift: int,
        reread: tuple[Normalized, list[tuple[int, int]]] | None = None,
    ) -> None:
        """Check each candidate in each target (text, and where its first character is in
        ``norm.padded`` but for one) exactly; ``reread``: ``norm`` is another reading of the
        post whose own normalisation (and rewritten spans) are given.

        The targets are looked through in one pass of the automaton, joined by a
        character no key holds, so each is read as if on its own (a paste of spaced-out
        words has thousands of them)."""
        padded = norm.padded
        per_entry = found.per_entry
        target, offset = targets[0]
        if len(targets) == 1:
            joined, starts = target, None
        else:
            joined = _APART.join([text for text, _offset in targets])
            starts = list(accumulate([len(text) + 1 for text, _offset in targets], initial=0))
        at = 0  # the target the last hit was in; hits come in order of position
        # Keys whose every entry has been reported MAX_PER_ENTRY times (a paste of one
        # word): their further hits are passed over at once. By identity: the automaton
        # gives the same tuple for every hit of a key.
        spent: set[int] = set()
        is_elongated = norm.is_elongated if norm.has_elongated else None
        # Candidates that pass the checks on the normalised text, mapped back to the post a
        # batch at a time (a paste has thousands) and then taken in order, as one by one.
        # A batch is taken at once when an entry's candidates in it would reach its cap
        # (a paste of one word): no more of them are mapped back than one by one.
        pending: list[tuple[int, int, int]] = []
        queued: dict[int, int] = {}  # entry -> its candidates pending
        # The match budget (moderation/scanning/budget.py): a kind's candidates past it are
        # counted, not mapped back. Only the post's own reading counts them: the others and
        # the joined letters find the same words again.
        budget = match_budget.current()
        counts = reread is None and not words_only
        # In another reading a kind's waiting count is never reset and its room only
        # shrinks: once every entry of a key is capped or out of room, the key's further
        # hits can take nothing (a paste of "k|ll" read as "kill" thousands of times).
        settles = reread is not None
        entries = self.entries
        waiting_of_kind: dict[tuple[str, int], int] = {}
        for end, candidates in self._exact.iter(skeleton_of_normalized(joined)):
            if spent and id(candidates) in spent:
                continue
            if starts is not None:
                if end >= starts[at + 1]:
                    at = bisect_right(starts, end, at + 1) - 1
                    target, offset = targets[at]
                end -= starts[at]
            capped = 0
            queued_before = len(pending)
            for entry_index, key, elongated, lead, trail in candidates:
                reported = per_entry.get(entry_index, 0)
                if reported >= MAX_PER_ENTRY:
                    capped += 1
                    continue
                start = end + 1 - len(key)
                if target[start : end + 1] != key or (words_only and not lead):
                    continue
                if elongated and (
                    is_elongated is None
                    or not all(is_elongated(offset + start + p) for p in elongated)
                ):
                    continue
                entry = entries[entry_index]
                kind = match_budget.kind_of(entry)
                if budget.room(kind) <= waiting_of_kind.get(kind, 0):
                    if counts:  # (an allowed phrase, "kill time", is counted here too)
                        budget.pass_over(
                            entry, kind, offset + start + lead, offset + end + 1 - trail
                        )
                    continue
                first = offset + start + lead
                last = offset + end + 1 - trail
                if lead and not trail:  # prefix: report the whole word ("suicidal")
                    word_end = padded.find(" ", last)
                    last = word_end if word_end != -1 else len(padded) - 1
                if self._excepted(entry_index, padded, first, last, norm):
                    continue
                waiting_of_kind[kind] = waiting_of_kind.get(kind, 0) + 1
                pending.append((entry_index, first, last))
                waiting = queued[entry_index] = queued.get(entry_index, 0) + 1
                if len(pending) >= _BATCH or reported + waiting >= MAX_PER_ENTRY:
                    self._take(norm, pending, found, shift, reread)
                    pending = []
                    queued.clear()
                    if reread is None:
                        # (another reading's candidates mostly are the post's own words,
                        # which it does not take: a kind's room is tried once in it)
                        waiting_of_kind.clear()
            if capped == len(candidates):
                spent.add(id(candidates))
            elif (
                settles
                and len(pending) == queued_before
                and _settled(candidates, entries, per_entry, budget, waiting_of_kind)
            ):
                spent.add(id(candidates))
        if pending:
            self._take(norm, pending, found, shift, reread)

    def _take(
        self,
        norm: Normalized,
        pending: list[tuple[int, int, int]],
        found: _Found,
        shift: int,
        reread: tuple[Normalized, list[tuple[int, int]]] | None,
    ) -> None:
        """Take each of ``pending`` (entry, padded [first, last)) as a match, in order,
        unless its entry has been reported MAX_PER_ENTRY times (the cap is checked again
        here: a batch is gathered before any of it is taken), it is there already, or, in
        another reading (``reread``), it is not over a span that reading rewrote."""
        per_entry = found.per_entry
        if len(pending) < _MAPPED_TOGETHER:
            spans = [norm.original_span(first, last) for _index, first, last in pending]
        else:
            spans = norm.original_spans([(first, last) for _index, first, last in pending])
        entries = self.entries
        budget = match_budget.current()
        for (entry_index, _first, _last), (a, b) in zip(pending, spans, strict=True):
            if per_entry.get(entry_index, 0) >= MAX_PER_ENTRY or (a, b, entry_index) in found:
                continue
            if reread is not None and not _overlaps(reread[1], a, b):
                continue  # the post's own reading decided there
            entry = entries[entry_index]
            kind = match_budget.kind_of(entry)
            if budget.room(kind) <= 0:
                if reread is None:
                    budget.pass_over(entry, kind, _first, _last)
                continue
            budget.took(kind)
            steps = norm.steps_for_span(a, b)
            original = norm.original
            if reread is not None:
                original = reread[0].original
                steps = tuple(s for s in STEP_ORDER if s in steps or s == LEETSPEAK)
            found[(a, b, entry_index)] = Match.of(entry, a + shift, b + shift, original[a:b], steps)
            if reread is None:
                found.padded[(a, b, entry_index)] = (_first, _last)
            per_entry[entry_index] = per_entry.get(entry_index, 0) + 1

    def _excepted(
        self, entry_index: int, padded: str, first: int, last: int, norm: Normalized | None = None
    ) -> bool:
        """Whether an allowed-context phrase of the entry surrounds padded[first:last] within
        one clause of the post as written (``norm``, the normalisation ``padded`` is of;
        None: a post with no clause mark near the match): normalising drops punctuation, and
        "want to die my hair" must not excuse "i want to die, my hair is falling out"."""
        phrases = self._exceptions[entry_index]
        if not phrases:
            return False
        # Only phrases holding the matched words can surround them: an entry may have
        # dozens (each exception in each word form), a post thousands of matches.
        matched = padded[max(0, first - 1) : last + 1]  # with the blanks around, if any
        memo = self._exception_memo
        holding = memo.get((entry_index, matched))
        if holding is None:
            holding = tuple(phrase for phrase in phrases if matched in phrase)
            if len(memo) < _EXCEPTION_MEMO_LIMIT:
                memo[(entry_index, matched)] = holding
        for phrase in holding:
            # phrase is " words ": an occurrence starting at or before first - 1 and ending
            # at or after last + 1 contains the match.
            lo = max(0, last + 1 - len(phrase))
            at = padded.find(phrase, lo, first - 1 + len(phrase))
            while at != -1:
                if norm is None or _one_clause(norm, at + 1, at + len(phrase) - 1, first, last):
                    return True
                at = padded.find(phrase, at + 1, first - 1 + len(phrase))
        return False


def _settled(
    candidates: Any,
    entries: tuple[Entry, ...],
    per_entry: dict[int, int],
    budget: match_budget.Budget,
    waiting_of_kind: dict[tuple[str, int], int],
) -> bool:
    """Whether each of ``candidates`` is capped (MAX_PER_ENTRY reported) or its kind has no
    room beside those waiting: in another reading of a post, so for the rest of it."""
    for entry_index, _key, _elongated, _lead, _trail in candidates:
        if per_entry.get(entry_index, 0) >= MAX_PER_ENTRY:
            continue
        kind = match_budget.kind_of(entries[entry_index])
        if budget.room(kind) > waiting_of_kind.get(kind, 0):
            return False
    return True


# Marks that end a clause in the post as written (an exception's words must not cross one).
CLAUSE_END = re.compile(r"[,.!?;\n\r]")


def _one_clause(norm: Normalized, lo: int, hi: int, first: int, last: int) -> bool:
    """Whether the words padded[lo:hi] around a match padded[first:last] are one clause in
    the original text: no clause mark between the phrase's words outside the match (a mark
    inside the match is an evasion, "k.i.l.l", and is the match's own)."""
    original = norm.original
    a, b = norm.original_span(lo, hi)
    m_a, m_b = norm.original_span(first, last)
    return CLAUSE_END.search(original, a, m_a) is None and (
        CLAUSE_END.search(original, m_b, b) is None
    )
