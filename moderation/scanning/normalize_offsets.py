"""Normalised text that can say where any part of it came from: each step of
``moderation.scanning.normalize`` records only what it replaced, and a position is mapped back step
by step (a bisect each) when a match asks for it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate, compress, repeat
from operator import add, sub
from typing import Protocol

from moderation.scanning.normalize_chars import (
    _ASCII_DROP,
    _FOLD,
    _LEET_MAP,
    CASE,
    INVISIBLE,
    LEETSPEAK,
    REPEATS,
    SEPARATORS,
    STEP_ORDER,
    char_steps,
)

# --- Mapping positions back ----------------------------------------------------------------

# An edit: output start, output length, input start and end, and for each output character
# of the replacement its first and last input position, counted from the input start (an
# elongated run's one letter stands for the whole run, so its first and last differ).
# Relative positions let a step hand over what it already has ("k1ll" read back once, its
# letters' places within the token shared by every "k1ll" of a post) instead of making
# positions of its own for each replacement.
Edit = tuple[int, int, int, int, Sequence[int], Sequence[int]]


class _Stage:
    """What one step replaced, enough to map an output position back to its input. The
    edits are worked out only when a position is first mapped back: most normalised posts
    hold no match, and a paste of thousands of replacements would pay for them all."""

    __slots__ = ("_build", "_out_starts", "_edits")

    def __init__(self, build: Callable[[], list[Edit]]) -> None:
        self._build = build
        self._out_starts: list[int] | None = None
        self._edits: list[Edit] = []

    def _ready(self) -> list[int]:
        if self._out_starts is None:
            self._edits = self._build()
            self._out_starts = [edit[0] for edit in self._edits]
        return self._out_starts

    def back(self, index: int, last: bool = False) -> int:
        out_starts = self._ready()
        k = bisect_right(out_starts, index) - 1
        if k < 0:
            return index
        out_start, out_len, in_start, in_end, firsts, lasts = self._edits[k]
        if index < out_start + out_len:
            return in_start + (lasts if last else firsts)[index - out_start]
        return in_end + (index - out_start - out_len)

    def back_many(self, indices: list[int], last: bool = False) -> list[int]:
        """``back`` of each of ``indices``, in one loop."""
        out_starts = self._ready()
        edits = self._edits
        result = []
        for index in indices:
            k = bisect_right(out_starts, index) - 1
            if k < 0:
                result.append(index)
                continue
            out_start, out_len, in_start, in_end, firsts, lasts = edits[k]
            if index < out_start + out_len:
                result.append(in_start + (lasts if last else firsts)[index - out_start])
            else:
                result.append(in_end + (index - out_start - out_len))
        return result

    def replaced(self, index: int) -> bool:
        """Whether output position ``index`` belongs to a replacement."""
        out_starts = self._ready()
        k = bisect_right(out_starts, index) - 1
        return k >= 0 and index < out_starts[k] + self._edits[k][1]


class _Sources:
    """A step that writes each input character as zero or more output characters, mapped
    back through the input position of every output character: one array built at C speed
    when first needed, where a long post's thousands of replaced runs ("k\u200bi" pasted)
    would each cost an edit. Maps back as a ``_Stage`` of those runs does."""

    __slots__ = ("_build", "_sources", "_shift")

    def __init__(self, build: Callable[[], list[int]], shift: int) -> None:
        self._build = build
        self._sources: list[int] | None = None
        self._shift = shift  # input length minus output length: past the end, one for one

    def _ready(self) -> list[int]:
        if self._sources is None:
            self._sources = self._build()
        return self._sources

    def back(self, index: int, last: bool = False) -> int:
        sources = self._ready()
        return sources[index] if index < len(sources) else index + self._shift

    def back_many(self, indices: list[int], last: bool = False) -> list[int]:
        sources = self._ready()
        length = len(sources)
        shift = self._shift
        return [sources[index] if index < length else index + shift for index in indices]


# A replacement: text[a:b] becomes the string; for each of its characters, the first and
# last input position, counted from a.
Span = tuple[int, int, str, Sequence[int], Sequence[int]]


def _rewrite(text: str, spans: list[Span]) -> tuple[str, _Stage | None]:
    """Replace text[a:b] by each span's string (spans in order, not overlapping)."""
    if not spans:
        return text, None
    parts = []
    pos = 0
    for a, b, replacement, _firsts, _lasts in spans:
        parts.append(text[pos:a])
        parts.append(replacement)
        pos = b
    parts.append(text[pos:])
    return "".join(parts), _Stage(lambda: _edits(spans))


def _edits(spans: list[Span]) -> list[Edit]:
    # Each span's output start is its input start moved by what the spans before it added.
    # Column by column through map, zip and accumulate (C loops): a paste has thousands.
    if not spans:
        return []
    starts, ends, news, firsts, lasts = zip(*spans, strict=True)
    lengths = list(map(len, news))
    added = map(sub, lengths, map(sub, ends, starts))
    out_starts = map(add, starts, accumulate(added, initial=0))  # one shift over: map stops
    return list(zip(out_starts, lengths, starts, ends, firsts, lasts, strict=True))


_GAP = re.compile(r"\s+")


class _TokenStage:
    """Map back from " word word ... " to the blank-separated text it was split from.

    Everything here is str.split, str.count and re.findall (C speed), not a Python loop over
    words, because the engine maps positions back in every post with a match.
    """

    __slots__ = ("_spaced", "_padded", "_out_starts", "_in_starts", "_lengths")

    def __init__(self, spaced: str, padded: str) -> None:
        self._spaced = spaced
        self._padded = padded
        self._out_starts: list[int] | None = None
        self._in_starts: list[int] = []
        self._lengths: list[int] = []

    def _ready(self) -> list[int]:
        if self._out_starts is None:
            spaced = self._spaced
            lengths = list(map(len, spaced.split()))
            stripped = spaced.lstrip()
            gaps = list(map(len, _GAP.findall(stripped.rstrip())))
            gaps.append(0)
            self._lengths = lengths
            self._out_starts = list(accumulate(map((1).__add__, lengths), initial=1))
            self._in_starts = list(
                accumulate(map(add, lengths, gaps), initial=len(spaced) - len(stripped))
            )
        return self._out_starts

    def back(self, index: int, last: bool = False) -> int:
        padded = self._padded
        if index <= 0:
            return 0
        if padded[index] == " ":  # a gap or the trailing pad: just after the word before
            return self.back(index - 1) + 1
        if self._out_starts is None and len(padded) < _SHORT:
            # A short post: find the word by counting spaces, rather than index them all.
            word = padded.count(" ", 1, index)
            offset = index - padded.rfind(" ", 0, index) - 1
            rest = self._spaced.split(None, word)[-1]
            return len(self._spaced) - len(rest) + offset
        out_starts = self._ready()
        k = bisect_right(out_starts, index) - 1
        return self._in_starts[k] + min(index - out_starts[k], self._lengths[k])

    def back_many(self, indices: list[int], last: bool = False) -> list[int]:
        """``back`` of each of ``indices``, in one loop (a word's first and last
        characters map back alike)."""
        padded = self._padded
        if len(padded) >= _SHORT:
            out_starts = self._ready()
            count = len(self._lengths)
            if len(indices) == count and indices == out_starts[:count]:
                # Every word's start, in order (a paste of separated letters): each word's
                # start in the input, as it is (list comparison and slice, C speed).
                return self._in_starts[:count]
        if any(index <= 0 or padded[index] == " " for index in indices):
            return [self.back(index) for index in indices]
        out_starts = self._ready()
        in_starts = self._in_starts
        lengths = self._lengths
        result = []
        for index in indices:
            k = bisect_right(out_starts, index) - 1
            result.append(in_starts[k] + min(index - out_starts[k], lengths[k]))
        return result


_SHORT = 1000  # characters; longer posts index every word once instead


class _ElongatedRuns(Protocol):
    """The elongation step's runs: their spans in its input, and the letters they are of."""

    def __call__(self) -> list[tuple[int, int]]: ...

    def letters(self) -> frozenset[str]: ...


class _Chained:
    """Two mapping stages in a row: ``outer`` applied last."""

    __slots__ = ("_outer", "_inner")

    def __init__(self, outer: _Stage, inner: _TokenStage) -> None:
        self._outer = outer
        self._inner = inner

    def back(self, index: int, last: bool = False) -> int:
        return self._inner.back(self._outer.back(index, last), last)

    def back_many(self, indices: list[int], last: bool = False) -> list[int]:
        return self._inner.back_many(self._outer.back_many(indices, last), last)


# --- The result ----------------------------------------------------------------------------


class Normalized:
    """Normalised text of one post, able to say where any part of it came from."""

    __slots__ = (
        "original",
        "padded",
        "_fold",
        "_join",
        "_leet",
        "_squeeze",
        "_tokens",
        "_joined",
        "_rewritten",
        "_runs",
        "_spans",
        "_lazy",
        "_elongated_letters",
        "_asked",
    )

    def __init__(
        self,
        original: str,
        padded: str,
        stages: tuple[
            _Stage | _Sources | None,
            _Stage | None,
            _Stage | None,
            _Stage | None,
            _TokenStage | _Chained,
        ],
        joined: list[tuple[int, int]],
        rewritten: list[tuple[int, int]],
        runs: _ElongatedRuns,
    ) -> None:
        self.original = original
        self.padded = padded  # " " + normalised words + " "
        self._fold, self._join, self._leet, self._squeeze, self._tokens = stages
        self._joined = joined  # spans in the join step's input
        self._rewritten = rewritten  # spans in the leetspeak step's input
        self._runs = runs  # gives the spans in the elongation step's input, found when asked
        # Each kind's original spans, mapped back once when a match first asks: mapping
        # them again for every match made a post with many matches quadratic.
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._lazy: dict[str, _LazySpans] = {}
        self._elongated_letters: frozenset[str] | None = None
        self._asked = 0  # matches whose steps were asked for (steps_for_span)

    @property
    def text(self) -> str:
        return self.padded[1:-1]

    def _back(
        self,
        index: int,
        last: bool,
        stages: Sequence[_Stage | _Sources | _TokenStage | _Chained | None],
    ) -> int:
        for stage in stages:
            if stage is not None:
                index = stage.back(index, last)
        return index

    def _from_padded(self, index: int, last: bool) -> int:
        stages = (self._tokens, self._squeeze, self._leet, self._join, self._fold)
        return self._back(index, last, stages)

    def _from_padded_many(self, indices: list[int]) -> list[int]:
        """``_from_padded(index, False)`` of each of ``indices``, stage by stage."""
        for stage in (self._tokens, self._squeeze, self._leet, self._join, self._fold):
            if stage is not None:
                indices = stage.back_many(indices)
        return indices

    def original_spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``original_span`` of each of ``spans``, stage by stage: a paste's thousands of
        candidates are mapped back in one loop a stage, not five calls a position."""
        starts = [start for start, _end in spans]
        lasts = [end - 1 for _start, end in spans]
        for stage in (self._tokens, self._squeeze, self._leet, self._join, self._fold):
            if stage is not None:
                starts = stage.back_many(starts)
                lasts = stage.back_many(lasts, True)
        return list(zip(starts, map((1).__add__, lasts), strict=True))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the padded slice [start, end), end > start."""
        return self._from_padded(start, False), self._from_padded(end - 1, True) + 1

    @property
    def has_elongated(self) -> bool:
        """Whether any letter of the text stands for three or more repeats of one letter."""
        return self._squeeze is not None

    def is_elongated(self, index: int) -> bool:
        """Whether padded[index] stands for three or more repeats of one letter."""
        squeeze = self._squeeze
        if squeeze is None:
            return False
        # Only a letter some run was of can be one ("kiii" pasted: no "k" of it is): the
        # mapping back is not worked out for the thousands of others.
        letters = self._elongated_letters
        if letters is None:
            letters = self._elongated_letters = self._runs.letters()
        return self.padded[index] in letters and squeeze.replaced(self._tokens.back(index))

    def _original_spans(
        self, spans: list[tuple[int, int]], below: Sequence[_Stage | _Sources | None]
    ) -> list[tuple[int, int]]:
        below = [stage for stage in below if stage is not None]
        if not below:  # nothing below changed a position (ASCII with nothing dropped)
            return list(spans)
        # stage by stage, each in one loop (a paste has thousands of spans)
        starts = [a for a, _b in spans]
        lasts = [b - 1 for _a, b in spans]
        for stage in below:
            starts = stage.back_many(starts)
            lasts = stage.back_many(lasts, True)
        return list(zip(starts, map((1).__add__, lasts), strict=True))

    @property
    def has_separated(self) -> bool:
        return bool(self._joined)

    @property
    def separated(self) -> list[tuple[int, int]]:
        """Original spans of words joined from separated characters (k.i.l.l)."""
        spans = self._spans.get(SEPARATORS)
        if spans is None:
            spans = self._spans[SEPARATORS] = self._original_spans(self._joined, (self._fold,))
        return spans

    @property
    def leet(self) -> list[tuple[int, int]]:
        """Original spans of tokens read back from leetspeak."""
        spans = self._spans.get(LEETSPEAK)
        if spans is None:
            below = (self._join, self._fold)
            spans = self._spans[LEETSPEAK] = self._original_spans(self._rewritten, below)
        return spans

    @property
    def elongated(self) -> list[tuple[int, int]]:
        """Original spans of letters repeated three or more times."""
        spans = self._spans.get(REPEATS)
        if spans is None:
            below = (self._leet, self._join, self._fold)
            spans = self._spans[REPEATS] = self._original_spans(self._runs(), below)
        return spans

    def region_slices(self, edges: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """Padded [start, end) of each word joined from separated characters; with
        ``edges``, only of those that may begin or end with one of those letters."""
        original = self.original
        runs = self.separated
        kept: list[bool] | None = None  # which of the joined runs are looked at
        if edges is not None:
            may = _MAY_READ.get(edges)
            if may is None:
                may = _MAY_READ[edges] = _MayRead(edges)
            kept = [may[original[first]] or may[original[last - 1]] for first, last in runs]
            runs = list(compress(runs, kept))
        if not runs:
            return []
        slices = []
        padded = self.padded
        # A joined run is whole words: look only at where words start.
        words = _word_starts(padded)
        count = len(words)
        if len(runs) * _JOINED_EACH > count and self._fold_keeps_runs_apart():
            return self._joined_slices(words, kept)
        if len(runs) * _MAPPED_EACH > count:
            # Runs all over the post ("i s.l.u.t u" pasted a thousand times): map every
            # word's start once, in bulk, and bisect (C speed) for each run.
            starts = self._from_padded_many(words)
            lo = 0
            for first, last in runs:
                lo = bisect_left(starts, first, lo)
                hi = bisect_left(starts, last, lo)
                if hi > lo:
                    end = words[hi] - 1 if hi < count else len(padded) - 1
                    slices.append((words[lo], end))
            return slices
        # A few runs: map only the word starts looked at, onwards from the last run found
        # (mapping a position back costs; a bisect over the whole post for every run made a
        # post of many runs slow).
        lazy = _LazyStarts(self, words)
        lo = 0
        for first, last in runs:
            lo = _gallop(lazy, first, lo, count)
            hi = _gallop(lazy, last, lo, count)
            if hi > lo:
                end = words[hi] - 1 if hi < count else len(padded) - 1
                slices.append((words[lo], end))
        return slices

    def _fold_keeps_runs_apart(self) -> bool:
        """Whether no character of the text is folded into characters both inside and
        outside a joined run (no fold at all, as in most text; a ligature or fraction at a
        run's edge would be one): then a position is in a run in the fold's output exactly
        when it comes from the run's span in the text."""
        fold = self._fold
        if fold is None:
            return True
        joined = self._joined
        spans = self.separated  # the runs in the text
        befores = fold.back_many([max(0, a - 1) for a, _b in joined], True)
        afters = fold.back_many([b for _a, b in joined])
        return all(
            a == 0 or before < first
            for (a, _b), (first, _last), before in zip(joined, spans, befores, strict=True)
        ) and all(after >= last for (_first, last), after in zip(spans, afters, strict=True))

    def _joined_slices(self, words: list[int], kept: list[bool] | None) -> list[tuple[int, int]]:
        """``region_slices`` of the joined runs (those ``kept``, if given) when they are all
        over the post: each run is where the join step wrote it, and every word's start is
        mapped back only as far as that step's output (the tokens, elongation and leetspeak
        stages), then looked up by bisect, all at C speed. The mappings keep order (and the
        fold keeps runs apart: ``_fold_keeps_runs_apart``), so a word is in a run's output
        exactly when its start in the text is in the run."""
        join = self._join
        assert isinstance(join, _Stage)  # runs were joined
        join._ready()
        edits = join._edits
        if kept is not None and not all(kept):  # some were left out by their edge letters
            edits = list(compress(edits, kept))
        starts = words
        for stage in (self._tokens, self._squeeze, self._leet):
            if stage is not None:
                starts = stage.back_many(starts)
        outs = [edit[0] for edit in edits]
        ends = list(map(add, outs, [edit[1] for edit in edits]))
        los = list(map(bisect_left, repeat(starts), outs))
        his = list(map(bisect_left, repeat(starts), ends))
        count = len(words)
        last = len(self.padded) - 1
        return [
            (words[lo], words[hi] - 1 if hi < count else last)
            for lo, hi in zip(los, his, strict=True)
            if hi > lo
        ]

    def _spans_of(
        self, kind: str, spans: list[tuple[int, int]] | None
    ) -> Sequence[tuple[int, int]]:
        """The original spans of one kind (``spans``, as the step wrote them; None: the
        elongation step's runs), looked up one by one, or all at once when the matches
        asked about so far are many beside them."""
        if kind in self._spans:
            return self._spans[kind]
        if spans is None:
            spans = self._runs()
        if self._asked * _PROBES_EACH <= len(spans):
            return self._looked_up(kind)
        if kind == SEPARATORS:
            return self.separated
        return self.leet if kind == LEETSPEAK else self.elongated

    def _looked_up(self, kind: str) -> Sequence[tuple[int, int]]:
        """The original spans of one kind (SEPARATORS, LEETSPEAK, REPEATS), each mapped
        back when first looked at (all of them, if a property has mapped them already)."""
        spans = self._spans.get(kind)
        if spans is not None:
            return spans
        lazy = self._lazy.get(kind)
        if lazy is None:
            if kind == SEPARATORS:
                lazy = _LazySpans(self, self._joined, (self._fold,))
            elif kind == LEETSPEAK:
                lazy = _LazySpans(self, self._rewritten, (self._join, self._fold))
            else:
                lazy = _LazySpans(self, self._runs(), (self._leet, self._join, self._fold))
            self._lazy[kind] = lazy
        return lazy

    def steps_for_span(self, start: int, end: int) -> tuple[str, ...]:
        """Which normalisations were needed for the original span [start, end)."""
        steps: set[str] = set()
        span = self.original[start:end]
        if span.isascii():
            if span != span.lower():
                steps.add(CASE)
            if _ASCII_DROP.search(span.replace("'", "").replace("`", "")):
                steps.add(INVISIBLE)
        else:
            for char in set(span):
                steps |= char_steps(char)
        # Each kind's spans are mapped back only where the bisect looks: a paste has
        # thousands ("k1ll" pasted), a match overlaps at most a few. Once the matches asked
        # about would have the bisects map a good share of a kind's spans (thousands of
        # matches, as in a paste of varied disguised words), they are mapped all at once.
        self._asked += 1
        if self._joined and _overlaps(self._spans_of(SEPARATORS, self._joined), start, end):
            steps.add(SEPARATORS)
        if self._rewritten and _overlaps(self._spans_of(LEETSPEAK, self._rewritten), start, end):
            steps.add(LEETSPEAK)
        if self._squeeze is not None and _overlaps(self._spans_of(REPEATS, None), start, end):
            steps.add(REPEATS)
        return tuple(step for step in STEP_ORDER if step in steps)


# Spans of a kind a match's bisect maps back, about: with more matches than one in this
# many spans, mapping every span at once costs less.
_PROBES_EACH = 16


class _LazySpans(Sequence[tuple[int, int]]):
    """Original [start, end) of some spans of a stage's input, each mapped back when first
    looked at and then remembered."""

    __slots__ = ("_normalized", "_spans", "_below", "_mapped")

    def __init__(
        self,
        normalized: Normalized,
        spans: list[tuple[int, int]],
        below: Sequence[_Stage | _Sources | None],
    ) -> None:
        self._normalized = normalized
        self._spans = spans
        self._below = below
        self._mapped: dict[int, tuple[int, int]] = {}

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        found = self._mapped.get(index)
        if found is None:
            a, b = self._spans[index]
            back = self._normalized._back
            found = self._mapped[index] = (
                back(a, False, self._below),
                back(b - 1, True, self._below) + 1,
            )
        return found


class _LazyStarts(Sequence[int]):
    """Original start of each of some padded positions, computed only where bisect looks."""

    __slots__ = ("_normalized", "_positions")

    def __init__(self, normalized: Normalized, positions: list[int]) -> None:
        self._normalized = normalized
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        return self._normalized._from_padded(self._positions[index], False)


def _word_starts(padded: str) -> list[int]:
    """Where each word of ``padded`` (blank-separated, a blank first) starts: str.split and
    running sums, at C speed (a paste of separated letters has tens of thousands)."""
    lengths = list(map(len, padded.split(" ")))
    return list(compress(accumulate(map((1).__add__, lengths), initial=0), lengths))


# More joined runs than one in this many words: region_slices maps every word start at once.
_MAPPED_EACH = 8
# and as far as the join step's output only (``_joined_slices``), which costs less a word
# than a gallop's mapping back all the way costs a run, from this many
_JOINED_EACH = 32


def _gallop(starts: Sequence[int], target: int, lo: int, stop: int) -> int:
    """The first index in [lo, stop) whose start is >= target (else stop), looked for by
    steps doubling from ``lo``: a cost of the distance travelled, not of the post."""
    if lo >= stop or starts[lo] >= target:
        return lo
    step = 1
    while lo + step < stop and starts[lo + step] < target:
        step *= 2
    return bisect_left(starts, target, lo + step // 2 + 1, min(lo + step, stop))


# What a character plainly reads as once folded: a letter, or a digit leetspeak turns into
# one letter (1 and 8 may read as several things, so they are left out).
_PLAIN_READING = {d: _LEET_MAP[d] for d in "03579"} | {c: c for c in "abcdefghijklmnopqrstuvwxyz2"}


def _may_read_as(char: str, letters: frozenset[str]) -> bool:
    """Whether ``char`` may normalise to a word starting or ending with one of ``letters``."""
    folded = _FOLD[ord(char)]
    if len(folded) != 1:
        return True
    reading = _PLAIN_READING.get(folded)
    return reading is None or reading in letters


class _MayRead(dict[str, bool]):
    """Character -> ``_may_read_as(character, letters)``, worked out once per character."""

    __slots__ = ("_letters",)

    def __init__(self, letters: frozenset[str]) -> None:
        super().__init__()
        self._letters = letters

    def __missing__(self, char: str) -> bool:
        found = _may_read_as(char, self._letters)
        if len(self) < _MAY_READ_LIMIT:
            self[char] = found
        return found


# letters -> their _MayRead (region_slices is asked with one set of edge letters)
_MAY_READ: dict[frozenset[str], _MayRead] = {}
_MAY_READ_LIMIT = 100_000


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_right(spans, (end, -1))  # type: ignore[arg-type]
    for at in range(max(0, index - 2), index):
        s, e = spans[at]
        if s < end and e > start:
            return True
    return False
