"""Normalisation of student text for keyword matching, with a map back to the original.

Pure Python, no Django. ``normalize(text)`` gives the canonical form that keyword terms and
posts are compared in; ``normalize_with_offsets(text)`` also maps any normalised span back
to the text the student wrote, so a match can be shown where it was typed.

The steps, in order:

1. Per character: zero-width and other invisible characters dropped; NFKC; Unicode
   confusables (Cyrillic, Greek, Cherokee... lookalikes) mapped to Latin; case folded;
   diacritics stripped; apostrophes dropped (``don't`` -> ``dont``); other punctuation kept
   for the next steps; each emoji becomes a word of its own.
2. Separators inside words: a run of single characters split by one repeated separator
   (``k.i.l.l``, ``k-i-l-l``, ``k_i_l_l``, ``k i l l``) is joined. Runs split by whitespace
   need three or more single characters, so ``I a`` or ``plan a b`` never join ordinary words.
3. Leetspeak, only inside a token that also has a letter: ``k1ll``, ``$uicide``, ``h8``,
   ``a55``; ``I have 2 cats``, ``$5``, ``1488`` and numbers with units (``7th``, ``10am``)
   stay as written.
4. Elongation: three or more of the same letter become one (``killlll`` -> ``kil``; the
   engine knows that an elongated ``l`` in ``kil`` may stand for the ``ll`` of ``kill``).
5. Everything that is not a letter, digit or emoji becomes a word boundary; words are joined
   by single spaces.

Offsets are not computed as the text is rewritten: each step records only what it replaced,
and a position is mapped back step by step (a bisect each) when a match asks for it. That
keeps the normaliser at C speed for the string work, which matters because the engine runs
it on every post in which its automaton found a candidate.

The engine screens every post first with ``moderation.scanning.skeleton``, one ``bytes.translate``
that projects text into the alphabet of its screening automaton; see ``moderation.engine``.
Character folding lives in ``moderation.scanning.normalize_chars``, mapping back in
``moderation.scanning.normalize_offsets``.
"""

from __future__ import annotations

import re
import threading
from array import array
from itertools import chain as chained
from itertools import compress, repeat
from operator import itemgetter

from moderation.scanning.normalize_chars import (
    _ASCII_BYTES,
    _ASCII_CONTROL,
    _ASCII_DROP,
    _FOLD,
    _FOLD_TABLE,
    _LEET_AT,
    _LEET_MAP,
    _LEET_TOKEN_CHARS,
    _LETTERS,
    _MEMO_LIMIT,
    _NEEDS_CHAR_FOLD,
    _NUMBER_WITH_SUFFIX,
    _PIECE_CHARS,
    _SEPARATED_RUN,
    CASE,
    CONFUSABLE,
    DIACRITICS,
    INVISIBLE,
    LEETSPEAK,
    NORMALISER_VERSION,
    REPEATS,
    SEPARATORS,
    STEP_ORDER,
    UNICODE,
    _Table,
    char_steps,
)
from moderation.scanning.normalize_offsets import (
    Edit,
    Normalized,
    Span,
    _Chained,
    _edits,
    _overlaps,
    _rewrite,
    _Sources,
    _Stage,
    _TokenStage,
)

# --- The steps -----------------------------------------------------------------------------


def _fold(text: str) -> tuple[str, _Stage | _Sources | None]:
    if text.isascii():
        lowered = text.lower()
        if lowered.isprintable() or _ASCII_CONTROL.search(lowered) is None:
            if "'" not in lowered and "`" not in lowered:
                return lowered, None
            # Apostrophes only: str.replace now, their positions only if a match needs them.
            dropped = lowered.replace("'", "").replace("`", "")
            return dropped, _Stage(lambda: _drops(lowered))
        drops: list[Span] = [(a, b, "", (), ()) for a, b in _drop_spans(lowered)]
        return _rewrite(lowered, drops)

    def build() -> list[Edit]:
        edits: list[Edit] = []
        shift = 0  # output length minus input length so far
        memo = _FOLD_SOURCES
        for match in _NEEDS_CHAR_FOLD.finditer(text):
            a, b = match.span()
            run = match.group()
            sources = memo.get(run)
            if sources is None:
                sources = _fold_sources(run)
                if b - a <= _MEMO_RUN and len(memo) < _MEMO_LIMIT:
                    memo[run] = sources
            edits.append((a + shift, len(sources), a, b, sources, sources))
            shift += len(sources) - (b - a)
        return edits

    folded = _FOLD_TABLE(text)
    if len(text) >= _SOURCES_FROM:
        return folded, _Sources(lambda: _sources(text), len(text) - len(folded))
    return folded, _Stage(build)


# A run of characters the fold rewrites ("к", "\u200b", "é") -> for each character it is
# folded to, its place in the run: runs recur in a post, and across posts.
_FOLD_SOURCES: dict[str, array[int]] = {}
_MEMO_RUN = 16  # characters; a longer run is worked out each time, not remembered


# Characters from which the fold of a post maps back through one array of every output
# character's source (``_Sources``) rather than an edit per run it rewrites.
_SOURCES_FROM = 2048


class _WidthMemo(dict[int, str]):
    """Code point -> how many characters the fold writes for it, as a character."""

    def __missing__(self, code: int) -> str:
        width = chr(len(_FOLD[code]))
        if len(self) < _MEMO_LIMIT:
            self[code] = width
        return width


_WIDTHS = _WidthMemo()


def _sources(text: str) -> list[int]:
    """For each character of the fold of ``text``, the position of the one it comes from:
    each position repeated as many times as the fold writes its character (C loops)."""
    widths = text.translate(_WIDTHS).encode("latin-1")
    if max(widths, default=0) <= 1:  # nothing written as two (a ligature): the kept ones
        return list(compress(range(len(text)), widths))
    return list(chained.from_iterable(map(repeat, range(len(text)), widths)))


def _fold_sources(run: str) -> array[int]:
    sources = array("q")
    for index, char in enumerate(run):
        width = len(_FOLD[ord(char)])
        if width:
            sources.extend([index] * width)
    return sources


def _drop_spans(lowered: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ASCII_DROP.finditer(lowered)]


def _drops(lowered: str) -> list[Edit]:
    edits: list[Edit] = []
    removed = 0
    for a, b in _drop_spans(lowered):
        edits.append((a - removed, 0, a, b, (), ()))
        removed += b - a
    return edits


# ASCII to a mask for _separated_runs: "x" for a character a run is made of, "w" for any other
# letter or digit, a blank for the rest (every separator among them).
_RUN_MASK = bytes(
    ord("x") if chr(c) in _PIECE_CHARS else ord("w") if chr(c).isalnum() else 32 for c in range(128)
) + bytes(range(128, 256))


def _may_have_runs(text: str) -> bool:
    """False only if ``text`` holds no separated run: every run has two single characters
    standing alone with one to three separators between them, found in a mask of the text
    by str.find. Each character outside ASCII is masked as a separator (one "?" each): a
    separator where the text has a letter or an emoji only lets more text through to be
    looked at, and a Unicode blank between two characters is one still. (The euro sign,
    a piece of its own, is always looked at.)"""
    if text.isascii():
        raw = text.encode()
    elif "\u20ac" in text:
        return True
    else:
        raw = text.encode("ascii", "replace")
    mask = f" {raw.translate(_RUN_MASK).decode()} "
    return " x x " in mask or " x  x " in mask or " x   x " in mask


def _separated_runs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, step) of each run of single characters split by one separator."""
    if not _may_have_runs(text):  # most text: no single characters side by side
        return []
    runs: list[tuple[int, int, int]] = []
    append = runs.append
    steps = _RUN_STEPS
    pos = 0
    while True:
        # Each search goes on from the end of the run before, as finditer does, until a
        # run is too short to join: the next search then starts at its second character.
        for match in _SEPARATED_RUN.finditer(text, pos):
            a, b = match.span()
            sep = match[1]
            rule = steps.get(sep)
            if rule is None:
                rule = _run_rule(sep)
            step, shortest = rule
            if (b - a + step - 1) // step < shortest:
                pos = a + step  # a valid run may still start at the second character
                break
            append((a, b, step))
        else:
            return runs


def _run_rule(sep: str) -> tuple[int, int]:
    """For a run's separator: its step, and the fewest single characters a run needs
    (three if split by whitespace or an invisible character, else two)."""
    rule = (len(sep) + 1, 3 if " " in sep or not sep.isprintable() else 2)
    if len(_RUN_STEPS) < 4096:
        _RUN_STEPS[sep] = rule
    return rule


_RUN_STEPS: dict[str, tuple[int, int]] = {}


def _join_separated(text: str, joined: list[tuple[int, int]]) -> tuple[str, _Stage | None]:
    runs = _separated_runs(text)
    if not runs:
        return text, None
    # one comprehension for a paste's thousands of runs; each kept position counted from a
    spans: list[Span] = [
        (a, b, text[a:b:step], kept, kept)
        for a, b, step in runs
        for kept in (range(0, b - a, step),)
    ]
    joined += [(a, b) for a, b, _step in runs]
    return _rewrite(text, spans)


def joins_separated(text: str) -> bool:
    """Whether normalising ``text`` joins separated characters ("k.i.l.l"): the same fold
    and the same runs ``normalize_with_offsets`` uses, so exact for any text."""
    return bool(_separated_runs(_fold(text)[0]))


# token -> what _unleet_token makes of it ("10am", "gr8", "@noah" recur in posts)
_UNLEET_MEMO: dict[str, tuple[str, list[int]] | None] = {}


def _unleet_token(token: str) -> tuple[str, list[int]] | None:
    """Leetspeak read back as letters, with each output letter's index in the token."""
    if _NUMBER_WITH_SUFFIX.fullmatch(token.strip("!+")):  # "10am!" is still ten o'clock
        return None
    out: list[str] = []
    where: list[int] = []
    length = len(token)
    i = 0
    while i < length:
        char = token[i]
        if char == "1":
            j = i
            while j < length and token[j] == "1":
                j += 1
            # One 1 is usually an i (k1ll); two or more are usually ls (ki11).
            out.append(("i" if j - i == 1 else "l") * (j - i))
            where += range(i, j)
            i = j
            continue
        if char == "8":
            out.append("ate")  # h8, gr8, m8, l8r
            where += (i, i, i)
        elif char in "!+":
            interior = (
                0 < i < length - 1 and token[i - 1] in _PIECE_CHARS and token[i + 1] in _PIECE_CHARS
            )
            out.append(("i" if char == "!" else "t") if interior else char)
            where.append(i)
        else:
            out.append(_LEET_MAP.get(char, char))
            where.append(i)
        i += 1
    result = "".join(out)
    return (result, where) if result != token else None


def leet_tokens(text: str) -> list[tuple[int, int]]:
    """[start, end) of each token (a run of letters, digits and leet symbols) of folded
    ``text`` that leetspeak rewrites, in order: found where ``_LEET_AT`` says, so the
    digits and symbols it leaves alone are never looked at one by one; each token's ends
    found by str.rfind and str.find in a mask of the text (token characters and blanks)."""
    spans = []
    token_end = 0
    mask = None
    for found in _LEET_AT.finditer(text):
        a = found.start()
        if a < token_end:  # in the token just done
            continue
        if mask is None:
            mask = _token_mask(text)
        token_end = mask.find(" ", found.end())
        if token_end == -1:
            token_end = len(text)
        spans.append((mask.rfind(" ", 0, a) + 1, token_end))
    return spans


class _TokenMaskMemo(dict[int, str]):
    """Code point -> "x" for a character of a leet token, else " "."""

    def __missing__(self, code: int) -> str:
        char = "x" if chr(code) in _LEET_TOKEN_CHARS else " "
        if len(self) < _MEMO_LIMIT:
            self[code] = char
        return char


_TOKEN_MASK = _TokenMaskMemo()
_TOKEN_MASK_BYTES = bytes(
    ord("x") if chr(code) in _LEET_TOKEN_CHARS else ord(" ") for code in range(256)
)


def _token_mask(text: str) -> str:
    """``text`` with each character of a leet token written "x" and every other " "."""
    if text.isascii():
        return text.encode("ascii").translate(_TOKEN_MASK_BYTES).decode("ascii")
    return text.translate(_TOKEN_MASK)


def _unleet(text: str, rewritten: list[tuple[int, int]]) -> tuple[str, _Stage | None]:
    found = leet_tokens(text)
    if not found:
        return text, None
    memo = _UNLEET_MEMO
    tokens = [text[a:b] for a, b in found]
    readings = list(map(memo.get, tokens))  # tokens repeat: each is read once
    if None in readings:  # read for the first time, or left as it is
        for index, reading in enumerate(readings):
            if reading is not None:
                continue
            token = tokens[index]
            if token in memo:  # left as it is, or read earlier in this post
                readings[index] = memo[token]
                continue
            readings[index] = _unleet_token(token)
            if len(memo) < _MEMO_LIMIT:
                memo[token] = readings[index]
    spans: list[Span] = [
        (a, b, reading[0], reading[1], reading[1])
        for (a, b), reading in zip(found, readings, strict=True)
        if reading is not None
    ]
    rewritten += [(a, b) for a, b, _new, _firsts, _lasts in spans]
    return _rewrite(text, spans)


_ELONGATED = re.compile(r"([a-z])\1{2,}")
# The one character a replacement's first input character stands for (positions are
# counted from a replacement's start).
_FIRST = (0,)


def _squeeze(text: str, letters: frozenset[str] | None) -> tuple[str, _Stage | None, _Runs]:
    """``text`` with each letter written three or more times written once (only
    ``letters``, if given), its stage, and where the runs were (found when asked). With
    any letter, the text is one C-speed substitution: runs are many in a paste ("kiii" a
    thousand times), and only a post with a match needs to know where they were."""
    if letters is not None:  # the caller knows which letters repeat: str.find beats a pattern
        found = _runs_of(text, letters)
        if not found:
            return text, None, _NO_RUNS
        spans = [(a, b, text[a], _FIRST, (b - 1 - a,)) for a, b in found]
        return _rewrite(text, spans)[0], _Stage(lambda: _edits(spans)), _Runs(text, None, found)
    squeezed = _ELONGATED.sub(_FIRST_LETTER, text)
    if len(squeezed) == len(text):
        return text, None, _NO_RUNS
    runs = _Runs(text, _ELONGATED)
    return (
        squeezed,
        _Stage(lambda: _edits([(a, b, text[a], _FIRST, (b - 1 - a,)) for a, b in runs()])),
        runs,
    )


class _Runs:
    """Spans of the runs a pattern finds in a text (found when first asked for, unless
    given), and the letters they are of."""

    __slots__ = ("_text", "_pattern", "_spans")

    def __init__(
        self,
        text: str,
        pattern: re.Pattern[str] | None,
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        self._text = text
        self._pattern = pattern
        self._spans = spans

    def __call__(self) -> list[tuple[int, int]]:
        if self._spans is None:  # a pattern is given whenever the spans are not
            found = self._pattern.finditer(self._text)  # type: ignore[union-attr]
            self._spans = [m.span() for m in found]
        return self._spans

    def letters(self) -> frozenset[str]:
        text = self._text
        if self._spans is None and self._pattern is _ELONGATED:
            # the letter of each run, at C speed: a paste has thousands of runs, and most
            # posts never need their spans
            return frozenset(_ELONGATED.findall(text))
        return frozenset([text[a] for a, _b in self()])


_NO_RUNS = _Runs("", None, [])


# A run's one letter, for re.sub: a C call per run (a "\\1" template is expanded in Python).
_FIRST_LETTER = itemgetter(1)


def _runs_of(text: str, letters: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Spans of three or more of each of ``letters``, found with str.find (C speed)."""
    runs = []
    for letter in letters:
        triple = letter * 3
        index = text.find(triple)
        while index != -1:
            end = _LETTER_RUN[letter].match(text, index).end()  # type: ignore[union-attr]
            runs.append((index, end))
            index = text.find(triple, end)
    runs.sort()
    return runs


_LETTER_RUN = {letter: re.compile(f"{letter}+") for letter in _LETTERS}


_TOKENISE_TABLE = {code: (chr(code) if chr(code).isalnum() else " ") for code in range(128)}


class _TokeniseMemo(dict[int, str]):
    """Non-ASCII folded character -> itself, except the euro sign, a boundary by now."""

    def __missing__(self, code: int) -> str:
        char = " " if code == 0x20AC else chr(code)
        if len(self) < _MEMO_LIMIT:
            self[code] = char
        return char


_TOKENISE = _Table(_TOKENISE_TABLE, _TokeniseMemo())
_SINGLES_SIDE_BY_SIDE = re.compile(" [a-z0-9@$\u20ac] [a-z0-9@$\u20ac] ")


_SINGLE_CHAIN = re.compile(r"(?<= )[a-z0-9](?= )(?: [a-z0-9](?= ))+")


def _tokenise(text: str) -> tuple[str, _TokenStage | _Chained]:
    """Words joined by single spaces and padded; punctuation and space runs are boundaries."""
    spaced = _TOKENISE(text)
    padded = f" {' '.join(spaced.split())} "
    tokens = _TokenStage(spaced, padded)
    if _SINGLES_SIDE_BY_SIDE.search(padded) is None:
        return padded, tokens
    # Single characters left standing side by side get alternating one- and two-space gaps,
    # so that normalising the output again never joins them: normalisation is idempotent.
    wider: list[Span] = []
    for chain in _SINGLE_CHAIN.finditer(padded):
        wider += [
            (gap, gap, " ", _FIRST, _FIRST) for gap in range(chain.start() + 3, chain.end(), 4)
        ]
    chained, stage = _rewrite(padded, wider)
    return (chained, _Chained(stage, tokens)) if stage is not None else (padded, tokens)


class _Kept(threading.local):
    # (text, how it was normalised, the result) of the long texts normalised lately on this
    # thread, the latest last
    normalized: tuple[tuple[str, tuple[bool, bool | frozenset[str]], Normalized], ...] = ()


_kept = _Kept()
# Texts this long or longer are kept once normalised: a paste the match budget reads again
# (``scan.CompiledLibrary._scan``) is not normalised again, nor are its | and ! readings.
_KEEP_FROM = 2048
_KEPT_NORMALIZED = 6


def forget_normalized() -> None:
    """Start a scan afresh: normalisations are kept within one scan of a post (its readings
    again), not from one post to the next."""
    _kept.normalized = ()


def normalize_with_offsets(
    text: str, *, join_separated: bool = True, squeeze: bool | frozenset[str] = True
) -> Normalized:
    """Normalise ``text``, keeping what is needed to map positions back to it.

    The engine narrows the work when its skeleton has shown what cannot change anything:
    ``join_separated=False`` skips joining separated characters, ``squeeze=False`` skips
    elongation, and a set of letters squeezes only those.
    """
    if len(text) < _KEEP_FROM:
        return _normalize_with_offsets(text, join_separated, squeeze)
    how = (join_separated, squeeze)
    kept = _kept.normalized
    for seen, seen_how, normalized in kept:
        if seen_how == how and seen == text:
            return normalized
    normalized = _normalize_with_offsets(text, join_separated, squeeze)
    _kept.normalized = (*kept[1 - _KEPT_NORMALIZED :], (text, how, normalized))
    return normalized


def _normalize_with_offsets(
    text: str, join_separated: bool, squeeze: bool | frozenset[str]
) -> Normalized:
    joined: list[tuple[int, int]] = []
    rewritten: list[tuple[int, int]] = []
    runs = _NO_RUNS
    folded, fold_stage = _fold(text)
    join_stage = squeeze_stage = None
    if join_separated:
        folded, join_stage = _join_separated(folded, joined)
    folded, leet_stage = _unleet(folded, rewritten)
    if squeeze:
        letters = None if squeeze is True else squeeze
        folded, squeeze_stage, runs = _squeeze(folded, letters)
    padded, token_stage = _tokenise(folded)
    stages = (fold_stage, join_stage, leet_stage, squeeze_stage, token_stage)
    return Normalized(text, padded, stages, joined, rewritten, runs)


def normalize(text: str) -> str:
    """The canonical form keywords and posts are compared in (words joined by spaces)."""
    return normalize_with_offsets(text).text


# Imported from here by the skeleton and the engine, though this module does not use them.
__all__ = [
    "CASE",
    "CONFUSABLE",
    "DIACRITICS",
    "INVISIBLE",
    "LEETSPEAK",
    "NORMALISER_VERSION",
    "REPEATS",
    "SEPARATORS",
    "STEP_ORDER",
    "UNICODE",
    "_ASCII_BYTES",
    "_overlaps",
    "char_steps",
    "joins_separated",
    "normalize",
    "normalize_with_offsets",
]
