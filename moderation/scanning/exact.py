"""The exact pass: keys looked for in a post's normalised text and mapped back to it."""

from __future__ import annotations

from typing import Any

from moderation.normalize import (
    LEETSPEAK,
    STEP_ORDER,
    Normalized,
    _overlaps,
    normalize_with_offsets,
)
from moderation.scanning.entries import Entry
from moderation.scanning.matches import Match, finish
from moderation.skeleton import (
    other_readings,
    skeleton_of_normalized,
)

# Single letters that are often words of their own next to spaced-out letters: "i k i l l u".
_STRAY_LETTERS = frozenset("iau")


class ExactPass:
    """The part of a compiled library that checks candidates in normalised text."""

    __slots__ = ()
    # set by CompiledLibrary
    entries: tuple[Entry, ...]
    _exact: Any
    _exceptions: tuple[tuple[str, ...], ...]

    def scan_normalized(self, norm: Normalized) -> list[Match]:
        """What ``scan`` gives for the post ``norm`` was made from, always through the
        exact pass (``scan`` takes it only when needed): for tests and tools."""
        found = self._exact_matches(norm)
        return finish(norm.original, found) if found else found

    def _exact_matches(self, norm: Normalized, offset: int = 0) -> list[Match]:
        """The exact pass over a normalised post.

        ``norm`` may be of a slice of the post that starts at ``offset`` in it. A | or !
        that may stand for letters ("k|ll", "ki!!") is read both ways: as punctuation in
        ``norm``, and as letters in other readings of the post, normalised here.
        """
        found: dict[tuple[int, int, int], Match] = {}
        self._collect_all(norm, found, offset, None)
        for reading, spans in other_readings(norm.original):
            self._collect_all(normalize_with_offsets(reading), found, offset, (norm, spans))
        return [found[key] for key in sorted(found)]

    def _collect_all(
        self,
        norm: Normalized,
        found: dict[tuple[int, int, int], Match],
        shift: int,
        reread: tuple[Normalized, list[tuple[int, int]]] | None,
    ) -> None:
        self._collect(norm, norm.padded, 0, found, words_only=False, shift=shift, reread=reread)
        if not norm.has_separated:
            return
        padded = norm.padded
        for lo, hi in norm.region_slices(_STRAY_LETTERS):
            # Letters spaced out next to a lone "i", "a" or "u" join with it ("i k i l l
            # u" -> "ikillu"): look inside the joined word without them as well.
            lefts = (0, 1) if padded[lo] in _STRAY_LETTERS else (0,)
            rights = (0, 1) if padded[hi - 1] in _STRAY_LETTERS else (0,)
            for left in lefts:
                for right in rights:
                    if (left or right) and hi - lo - left - right >= 2:
                        inner = f" {padded[lo + left : hi - right]} "
                        self._collect(
                            norm,
                            inner,
                            lo + left - 1,
                            found,
                            words_only=True,
                            shift=shift,
                            reread=reread,
                        )

    def _collect(
        self,
        norm: Normalized,
        target: str,
        offset: int,
        found: dict[tuple[int, int, int], Match],
        *,
        words_only: bool,
        shift: int,
        reread: tuple[Normalized, list[tuple[int, int]]] | None = None,
    ) -> None:
        """Check each candidate in ``target`` exactly; ``reread``: ``norm`` is another
        reading of the post whose own normalisation (and rewritten spans) are given."""
        padded = norm.padded
        for end, candidates in self._exact.iter(skeleton_of_normalized(target)):
            for entry_index, key, elongated, lead, trail in candidates:
                start = end + 1 - len(key)
                if target[start : end + 1] != key or (words_only and not lead):
                    continue
                if elongated and not all(norm.is_elongated(offset + start + p) for p in elongated):
                    continue
                first = offset + start + lead
                last = offset + end + 1 - trail
                if lead and not trail:  # prefix: report the whole word ("suicidal")
                    word_end = padded.find(" ", last)
                    last = word_end if word_end != -1 else len(padded) - 1
                if self._excepted(entry_index, padded, first, last):
                    continue
                a, b = norm.original_span(first, last)
                if (a, b, entry_index) in found:
                    continue
                entry = self.entries[entry_index]
                steps = norm.steps_for_span(a, b)
                original = norm.original
                if reread is not None:
                    original = reread[0].original
                    if _overlaps(reread[1], a, b):
                        steps = tuple(s for s in STEP_ORDER if s in steps or s == LEETSPEAK)
                found[(a, b, entry_index)] = Match.of(
                    entry, a + shift, b + shift, original[a:b], steps
                )

    def _excepted(self, entry_index: int, padded: str, first: int, last: int) -> bool:
        """Whether an allowed-context phrase of the entry surrounds padded[first:last]."""
        for phrase in self._exceptions[entry_index]:
            # phrase is " words ": an occurrence starting at or before first - 1 and ending
            # at or after last + 1 contains the match.
            lo = max(0, last + 1 - len(phrase))
            if padded.find(phrase, lo, first - 1 + len(phrase)) != -1:
                return True
        return False
