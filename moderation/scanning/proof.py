"""Proving a post clean without the full normaliser.

Real posts are full of what the skeleton cannot settle on its own: an @mention or a $20
may be leetspeak ("@ss", "$lut"), a 1 or 8 may be a letter ("gr8" is not, "k1ll" is), and
"!!" or "|" may stand for i or l. The full normaliser (with offsets kept for every step) used
to run on every such post, most of which hold no keyword at all.

Here those posts get a cheaper reading: folded and read back from leetspeak by the
normaliser's own steps (no separator joining, no squeezing, no offsets), blanked where the
normaliser would split words, and screened by the same automaton, once for each way its
| and ! may be read. If no key, phrase or evasion detector fires in any reading, no key can
match: a separated run ("k.i.l.l") trips the separated detector unless the normaliser would
join nothing, and letters written three times trip the elongation detector unless no key can
use them. Anything else that fires sends the post on to the usual path, which decides.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import islice
from typing import Any

from moderation.scanning.elongation import ElongationChecks
from moderation.scanning.keys import _ELONGATION, _SEPARATED, _phrase_hits
from moderation.scanning.normalize import (
    _LEET_MAP,
    _MEMO_LIMIT,
    _TOKENISE,
    _fold,
    _separated_runs,
    _unleet_token,
    leet_tokens,
)
from moderation.scanning.skeleton import (
    narrow_gaps,
    other_readings,
    skeleton_of_normalized,
    squeeze_skeleton,
)

_UNLEET_MEMO: dict[str, str] = {}


def _unleet_words(folded: str) -> str:
    """``folded`` as the normaliser's leetspeak step writes it (without the positions it
    keeps). The step decides each token on the token alone, so the answer for a token
    ("10am", "@noah", "gr8") is remembered."""
    spans = leet_tokens(folded)
    if not spans:
        return folded
    parts = []
    pos = 0
    memo = _UNLEET_MEMO
    for a, b in spans:
        word = folded[a:b]
        out = memo.get(word)
        if out is None:
            letters = _unleet_token(word)
            out = letters[0] if letters is not None else word
            if len(memo) < _MEMO_LIMIT:
                memo[word] = out
        parts.append(folded[pos:a])
        parts.append(out)
        pos = b
    parts.append(folded[pos:])
    return "".join(parts)


# Folded text (lower case) to the screening alphabet: letters, digits as the skeleton writes
# them, a blank for everything else; a multibyte character's lead byte becomes one blank and
# its continuation bytes go.
_ASCII_WORDS = bytes(
    ord(_LEET_MAP.get(chr(code), chr(code))) if chr(code).isalnum() and code < 128 else 32
    for code in range(256)
)
_CONTINUATION = bytes(range(0x80, 0xC0))

# More hits than this in one reading: not worth proving anything, take the usual path.
_PROOF_HITS = 64
# Posts longer than this are first proved on their opening this long (characters).
_LONG_POST = 4096
_OPENING = 1024


# Words around a | or ! that a reading is screened with, beyond the most a key holds.
_SPARE_WORDS = 2
# More ambiguous runs than this in a post: no windows (they would be most of it anyway).
_WINDOWED_RUNS = 16
# Between stretches of a post: squeezed to one blank, so a key across two stretches is a
# hit to look closer at, never one hidden.
_GAP = "     "
# A word of a post, for counting words: anything between whitespace with a letter or digit
# in it (a lone "," or emoji is no word to a key, so it is not counted: a wider stretch).
_COUNTED_WORD = re.compile(r"[^\s]*[a-z0-9][^\s]*")


def _around(text: str, spans: list[tuple[int, int]], words: int) -> list[tuple[int, int]]:
    """[start, end) of the stretches of ``text`` that hold each span with ``words`` counted
    words either side, cut at whitespace, merged where they overlap."""
    found = [(m.start(), m.end()) for m in _COUNTED_WORD.finditer(text)]
    starts = [a for a, _b in found]
    windows: list[tuple[int, int]] = []
    for a, b in spans:
        first = max(0, bisect_right(starts, a) - 1 - words)
        last = min(len(found) - 1, bisect_right(starts, b) - 1 + words)
        lo = found[first][0] if first > 0 else 0
        hi = found[last][1] if 0 <= last < len(found) - 1 else len(text)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


class CleanProof(ElongationChecks):
    """The part of a compiled library that shows a post holds no key, cheaply."""

    __slots__ = ()
    # set by CompiledLibrary
    _squeezable: bool
    _ascii_keys: bool
    _phrase_words: int

    def _proves_clean(self, text: str, inert_runs: bool = True) -> bool:
        """Whether no key can match ``text``, however its symbols are read (False: not
        shown, so the usual path must look). ``inert_runs``: a post whose | and ! runs are
        all in words that no reading of them can put in a match is shown clean by its own
        reading (``ResidualScreen._runs_inert``; False when asked of such a word)."""
        # | and ! fold to themselves, so the readings of the folded post are the folded
        # readings of the post (or more of them: a dropped apostrophe may put a ! beside a
        # letter, which only asks more of the proof).
        if len(text) > _LONG_POST:
            # A long paste full of evasions ("k1ll " a thousand times): its opening is
            # enough to show the proof will fail, before the whole of it is read.
            cut = text.rfind(" ", 0, _OPENING)
            if cut > 0 and not self._proves_clean(text[:cut], inert_runs):
                return False
        folded = _fold(text)[0]
        if not self._reading_is_clean(folded):
            return False
        readings = other_readings(folded)
        if not readings:
            return True
        if inert_runs and self._runs_inert(folded, readings[0][1]):  # type: ignore[attr-defined]
            return True
        windows = self._reading_windows(folded, readings[0][1])
        for reading, _spans in readings:
            if windows is not None:
                # The post's own reading is clean, and a reading differs from it only in
                # the words its | and ! are in: if the words around those are clean with
                # nothing left to rule out, so is the reading.
                around = _GAP.join(reading[a:b] for a, b in windows)
                if self._reading_is_clean(around, strict=True):
                    continue
            if not self._reading_is_clean(reading):
                return False
        return True

    def _reading_windows(
        self, text: str, spans: list[tuple[int, int]]
    ) -> list[tuple[int, int]] | None:
        """The stretches of ``text`` around ``spans`` (its ambiguous | and ! runs) that a
        reading of them is screened in, or None if they are most of the post."""
        if len(spans) > _WINDOWED_RUNS:  # a paste of "k|ll ki!!": read each reading whole
            return None
        windows = _around(text, spans, self._phrase_words + _SPARE_WORDS)
        if sum(b - a for a, b in windows) * 2 > len(text):
            return None
        return windows

    def _reading_is_clean(self, folded: str, strict: bool = False) -> bool:
        """Whether no key can match in the normaliser's reading of ``folded``. ``strict``:
        ``folded`` is a few stretches of a post, not all of it, so only a hit that needs
        nothing from the rest of the post may be ruled out (a drawn-out word no key can
        use), and single characters side by side are not."""
        unleeted = _unleet_words(folded)
        if self._ascii_keys:
            # One translate: words split as the normaliser splits them, leet digits as the
            # skeleton writes them, and every other character a blank (no ASCII key can
            # hold it, so a blank only adds a boundary: a hit to check, never one lost).
            raw = unleeted.encode("utf-8", "surrogatepass")
            padded = f" {raw.translate(_ASCII_WORDS, _CONTINUATION).decode()} "
        else:
            padded = f" {skeleton_of_normalized(_TOKENISE(unleeted))} "
        return self._screened_clean(padded, lambda: bool(_separated_runs(folded)), strict)

    def _screened_clean(
        self,
        padded: str,
        joins: Callable[[], bool],
        strict: bool = False,
        hits: list[tuple[int, Any]] | None = None,
    ) -> bool:
        """``_reading_is_clean`` once the reading is in the screening alphabet: ``padded``
        is a post's reading as the normaliser would read it, written as the skeleton
        writes; ``joins`` tells, when asked, whether normalising the post joins separated
        characters. ``hits``: the screen's first hits over ``padded``, if the caller has
        them already (no wide gap in it)."""
        if "     " in padded:
            padded = narrow_gaps(padded)
            hits = None
        if hits is None:
            hits = list(islice(self._screen.iter(padded), _PROOF_HITS + 1))
        if not hits:
            return True
        if len(hits) > _PROOF_HITS:
            return False
        elongated = []
        separated = False
        for _end, (_detector, screens, _words, _checks) in hits:
            if screens:  # a key as written: no phrase need be looked for
                return False
        for hit in hits:
            end, (detector, _screens, _words, checks) = hit
            if checks and _phrase_hits(padded, end, checks):
                return False
            if detector == _ELONGATION:
                elongated.append(hit)
            elif detector == _SEPARATED:
                separated = True
            elif detector:
                return False
        if separated and (strict or joins()):
            return False
        if not elongated:
            return True
        if strict:
            return self._squeezable and self._needs_nothing(padded, elongated)
        if not self._squeezable:
            return False
        if self._no_elongated_key(padded, elongated):
            return True
        # "noooo" beside a "have": look again with the repeats written once, as the scan does
        letters = {padded[end] for end, _value in elongated}
        return not self._elongated_hit(*squeeze_skeleton(padded, letters))
