"""Letters written three times or more ("killlll", "sooo"): whether any key can use them."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter
from typing import Any

from moderation.scanning.keys import (
    _ELONGATION,
    _WHOLE_WORD,
    _WORD_END,
    _WORD_START,
    _gated,
    _phrase_hits,
    _Screen,
)

_REPEATS = re.compile(r"([a-z])\1\1+")
_FIRST_LETTER = itemgetter(1)
_PIECE_SEARCH_LIMIT = 24
_ELONGATION_MEMO_LIMIT = 10_000
_UNSEEN = object()
# More words than this with drawn-out letters: look closer rather than rule each out.
_ELONGATED_WORDS_LIMIT = 8


class ElongationChecks:
    """The part of a compiled library that rules elongated letters in or out."""

    __slots__ = ()
    # set by CompiledLibrary
    _screen: Any
    _exact: Any
    _longest: int
    _pieces: dict[str, tuple[tuple[int, str | None], ...]]
    _elongation_memo: dict[str, tuple[frozenset[str], tuple[str, ...]] | None]

    def _no_elongated_key(self, padded: str, hits: list[tuple[int, _Screen]]) -> bool:
        """Whether no key can use the letters written three times or more in ``padded``
        ("sooo", "whyyy"): no word of a key fits an elongated word once its repeats are
        written once, or each that does comes from a phrase with another word missing from
        the words within a key's reach of it (as written, and with its own repeats written
        once, since that word may be drawn out too). False: look closer
        (``_elongated_hit``)."""
        words: set[int] = set()
        for end, value in hits:
            if value[0] == _ELONGATION:
                words.add(padded.rfind(" ", 0, end) + 1)
        if len(words) > _ELONGATED_WORDS_LIMIT:
            return False
        wholes: list[frozenset[str]] = []
        pieces: list[str] = []
        for word in words:
            needed = self._needed_at(padded, word)
            if needed is None:
                return False
            if needed[0]:
                wholes.append(needed[0])
            pieces += needed[1]
        if not wholes and not pieces:
            return True
        # A key that uses a drawn-out word lies within the longest key's reach of it once
        # the repeats are written once (where _elongated_hit looks for one): only the words
        # there are looked at. In the post as written, the words drawn out between may
        # stand further apart, by as much as the squeezing shortens the post. Every run of
        # a letter in ``padded`` is in one of ``words`` (each trips the detector), so the
        # squeezing is worked out on those words, not on the whole post.
        squeezed: list[str] = []
        shrink = 0
        if len(words) > 1:
            for word in words:
                drawn_out = padded[word : padded.find(" ", word)]
                squeezed.append(_REPEATS.sub(_FIRST_LETTER, drawn_out))
                shrink += len(drawn_out) - len(squeezed[-1])
        reach = self._longest + shrink + 1
        lo = max(0, min(words) - reach)
        hi = padded.find(" ", max(words)) + reach
        nearby = padded[padded.rfind(" ", 0, lo) + 1 : padded.find(" ", hi) % (len(padded) + 1)]
        # A whole word is looked up among the words near with one set operation (a
        # drawn-out "noooo" may need any of hundreds), as written and with its repeats
        # written once; a piece of a word ("suicid") is looked for in the text near.
        if wholes:
            present = set(nearby.split())
            present.update(squeezed)  # the drawn-out words are all near
            if any(not whole.isdisjoint(present) for whole in wholes):
                return False
        if not pieces:
            return True
        if squeezed:
            nearby = f"{nearby} {_REPEATS.sub(_FIRST_LETTER, nearby)}"
        nearby = f" {nearby} "
        return not any(other in nearby for other in pieces)

    def _needs_nothing(self, padded: str, hits: list[tuple[int, _Screen]]) -> bool:
        """Whether no key can use the drawn-out words of ``hits`` whatever else the post
        holds: each needs no other word at all (as "sooo" in most libraries)."""
        for end, value in hits:
            if value[0] != _ELONGATION:
                continue
            needed = self._needed_at(padded, padded.rfind(" ", 0, end) + 1)
            if needed is None or needed[0] or needed[1]:
                return False
        return True

    def _needed_at(self, padded: str, word: int) -> tuple[frozenset[str], tuple[str, ...]] | None:
        """``_words_needed`` for the drawn-out word starting at ``word``, remembered."""
        elongated = padded[word : padded.find(" ", word)]
        memo = self._elongation_memo
        needed = memo.get(elongated, _UNSEEN)
        if needed is _UNSEEN:
            needed = self._words_needed(elongated)
            if len(memo) < _ELONGATION_MEMO_LIMIT:
                memo[elongated] = needed
        return needed

    def _words_needed(self, elongated: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
        """The words of which a post with ``elongated`` needs one before a key can use its
        repeated letters: whole words (bare) and pieces of words (with the blanks they have
        in the key); None if a key could use them on its own."""
        squeezed = _REPEATS.sub(_FIRST_LETTER, elongated)
        size = len(squeezed)
        if size > _PIECE_SEARCH_LIMIT:
            return None
        pieces = self._pieces
        needed: set[str] = set()
        for i in range(size):
            for j in range(i + 1, size + 1):
                found = pieces.get(squeezed[i:j])
                if found is None:
                    continue
                for where, other in found:
                    if (
                        (where == _WHOLE_WORD and (i or j < size))
                        or (where == _WORD_START and i)
                        or (where == _WORD_END and j < size)
                    ):
                        continue
                    if other is None:
                        return None
                    needed.add(other)
        whole = frozenset(o[1:-1] for o in needed if o[0] == " " and o[-1] == " ")
        return whole, tuple(sorted(o for o in needed if not (o[0] == " " and o[-1] == " ")))

    def _elongated_hit(self, squeezed: str, runs: list[int]) -> bool:
        """Whether a key found in the squeezed skeleton uses one of its squeezed letters."""
        # Keys that miss every squeezed letter were in the first look already, so only the
        # stretches within one key's length of a squeezed letter need looking at (a long
        # post's "sooo" near its start and "whyyy" near its end: two short stretches).
        reach = self._longest
        lo = max(0, runs[0] - reach)
        hi = runs[0] + reach + 1
        first = 0
        for index in range(1, len(runs)):
            if runs[index] - reach > hi:
                if self._hit_in(squeezed[lo:hi], [r - lo for r in runs[first:index]]):
                    return True
                lo, first = runs[index] - reach, index
            hi = runs[index] + reach + 1
        return self._hit_in(squeezed[lo:hi], [r - lo for r in runs[first:]])

    def _hit_in(self, window: str, runs: list[int]) -> bool:
        """``_elongated_hit`` for one stretch, with its squeezed letters at ``runs``."""
        for end, (_detector, screens, _words, checks) in self._screen.iter(window):
            if screens and _touches(runs, end + 1 - screens, end + 1):
                return True
            # Every phrase an anchor finds lies within its widest reach of it: an anchor
            # ("que", "mate") with no squeezed letter that near is no phrase's way to one.
            if checks and _touches(runs, end + 1 - (reach := _gated(checks)[1]), end + reach):
                for start, stop, _words in _phrase_hits(window, end, checks):
                    if _touches(runs, start, stop):
                        return True
        elongated_at = set(runs)
        for end, candidates in self._exact.iter(window):
            for _index, key, elongated, _lead, _trail in candidates:
                if elongated:
                    start = end + 1 - len(key)
                    if all(start + p in elongated_at for p in elongated):
                        return True
        return False


def _touches(positions: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted ``positions`` lies in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end
