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

The engine screens every post first with ``moderation.skeleton``, one ``bytes.translate``
that projects text into the alphabet of its screening automaton; see ``moderation.engine``.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from operator import add

from moderation.confusables_data import CONFUSABLES

# Bump whenever the normalised form of any text changes, so cached libraries recompile.
# 2: letters with a stroke (ł, đ, ø...) lose it; 3: "10am!" and "1st!" stay numbers
NORMALISER_VERSION = "3"

CASE = "case"
UNICODE = "unicode"
CONFUSABLE = "confusables"
DIACRITICS = "diacritics"
INVISIBLE = "invisible"
SEPARATORS = "separators"
LEETSPEAK = "leetspeak"
REPEATS = "repeats"
STEP_ORDER = (CASE, UNICODE, CONFUSABLE, DIACRITICS, INVISIBLE, SEPARATORS, LEETSPEAK, REPEATS)

_APOSTROPHES = frozenset("'`\u00b4\u02b9\u02bb\u02bc\u02bd\u2018\u2019\u201b\u2032\uff07")
# Characters that render as nothing or blank space but are letters or symbols to Unicode.
_INVISIBLE_EXTRA = frozenset("\u115f\u1160\u180e\u2800\u3164\uffa0")
# Letters with a stroke or bar are letters of their own to Unicode (no decomposition), but
# students use them as the plain letter: "kïłł".
_STROKES = str.maketrans("łđøħŧƀɨʉƶǥɍɏȴȶɫƚɬ", "ldohtbiuzgryltlll")
_EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)  # skin tones: category Sk, part of the emoji before

_LEET_MAP = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g"}
_LEET_MAP |= {"@": "a", "$": "s", "\u20ac": "e"}
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_PIECE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$\u20ac")
_LEET_TOKEN_CHARS = _PIECE_CHARS | frozenset("!+")
# Numbers with a unit or ordinal are not leetspeak: "7th", "10am", "5kg", "90s".
_NUMBER_WITH_SUFFIX = re.compile(
    r"[0-9]+(?:st|nd|rd|th|s|am|pm|k|m|x|h|hr|hrs|min|mins|yo|yr|yrs|cm|mm|km|kg|g|lb|lbs"
    r"|gb|mb|p|d|ft|mph|fps)"
)
_LEET_SYMBOLS = re.compile(r"[0-9@$\u20ac!+]+")

_SEP_CLASS = r"[\s!\"#%&()*+,\-./:;<=>?\[\\\]^_{|}~]"
_PIECE_CLASS = "[a-z0-9@$\u20ac]"
_SEPARATED_RUN = re.compile(
    rf"(?<![^\W_])(?<![@$\u20ac]){_PIECE_CLASS}(?P<sep>{_SEP_CLASS}{{1,3}})"
    rf"(?:{_PIECE_CLASS}(?P=sep))*{_PIECE_CLASS}(?![^\W_])(?![@$\u20ac])"
)
# ASCII that needs more than str.lower(): apostrophes and control characters.
_ASCII_DROP = re.compile(r"['`\x00-\x08\x0e-\x1b\x7f]+")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
_NEEDS_CHAR_FOLD = re.compile(r"[^\t-\r\x1c-&(-_a-~]+")
_WIDE_GAP = re.compile(" {5,}")

_MEMO_LIMIT = 200_000  # distinct characters remembered; rarer ones are folded each time


def _fold_char(char: str) -> tuple[str, frozenset[str]]:
    """Canonical form of one character and the normalisation steps that changed it."""
    category = unicodedata.category(char)
    if char in _APOSTROPHES:
        return "", frozenset()
    if category in ("Cf", "Cs", "Mn", "Me", "Mc") or char in _INVISIBLE_EXTRA:
        return "", frozenset((INVISIBLE,))
    if ord(char) in _EMOJI_MODIFIERS:
        return "", frozenset((INVISIBLE,))
    if category == "Cc":
        return (" ", frozenset()) if char.isspace() else ("", frozenset((INVISIBLE,)))
    if char.isspace() or category in ("Co", "Cn"):
        return " ", frozenset()
    steps: set[str] = set()
    out = char
    for _ in range(4):
        before = out
        compat = unicodedata.normalize("NFKC", out)
        if compat != out:
            steps.add(UNICODE)
        lookalike = "".join(CONFUSABLES.get(c, c) for c in compat)
        if lookalike != compat:
            steps.add(CONFUSABLE)
        folded = lookalike.casefold()
        if folded != lookalike:
            steps.add(CASE)
        decomposed = unicodedata.normalize("NFD", folded)
        bare = "".join(c for c in decomposed if unicodedata.category(c)[0] != "M")
        unstroked = bare.translate(_STROKES)
        if len(bare) != len(decomposed) or unstroked != bare:
            steps.add(DIACRITICS)
        bare = unstroked
        # NFC puts Hangul and other decomposed-but-unmarked letters back together.
        out = unicodedata.normalize("NFC", bare)
        if out == before:
            break
    pieces = []
    for c in out:
        if c in _APOSTROPHES:
            continue
        if c.isascii():
            if c.isspace():
                pieces.append(" ")
            elif " " <= c < "\x7f":
                pieces.append(c)
        elif c.isalnum() or c == "\u20ac":
            pieces.append(c)
        elif unicodedata.category(c) == "So":
            pieces.append(f" {c} ")  # an emoji is a word of its own
        elif unicodedata.category(c)[0] not in "CM":
            pieces.append(" ")
    return "".join(pieces), frozenset(steps)


class _FoldMemo(dict[int, str]):
    """Code point -> canonical form, computed on first sight and remembered."""

    def __missing__(self, code: int) -> str:
        folded, steps = _fold_char(chr(code))
        if len(self) < _MEMO_LIMIT:
            self[code] = folded
            _STEPS_MEMO[code] = steps
        return folded


_STEPS_MEMO: dict[int, frozenset[str]] = {}
_FOLD = _FoldMemo()
for _code in range(128):
    _FOLD[_code] = _fold_char(chr(_code))[0]
_ASCII_FOLD = {code: _FOLD[code] for code in range(128)}

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


class _Table:
    """A translation: ASCII through bytes.translate, other characters through a memo.

    bytes.translate is several times quicker than str.translate, which looks every
    character up through the mapping protocol. UTF-8 never uses ASCII bytes inside its
    multibyte sequences, so one bytes.translate does all the ASCII of any text, and only
    runs of non-ASCII characters go through ``memo`` (code point -> replacement).
    """

    __slots__ = ("_bytes", "_delete", "_memo")

    def __init__(self, ascii_map: dict[int, str | None], memo: dict[int, str]) -> None:
        self._bytes = bytes(
            ord(ascii_map[code] or " ") if code < 128 else code for code in range(256)
        )
        self._delete = bytes(code for code in range(128) if not ascii_map[code])
        self._memo = memo

    def __call__(self, text: str) -> str:
        if text.isascii():
            return text.encode("ascii").translate(self._bytes, self._delete).decode("ascii")
        return self.utf8(text.encode("utf-8", "surrogatepass"))

    def utf8(self, raw: bytes) -> str:
        """Translate text given as UTF-8 (surrogates passed through) with non-ASCII in it."""
        done = raw.translate(self._bytes, self._delete).decode("utf-8", "surrogatepass")
        others = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        memo = self._memo
        first = others[0]
        if others.count(first) == len(others):  # one kind of emoji or quote: the usual case
            out = memo[ord(first)]
            return done.replace(first, out) if out != first else done
        distinct = set(others)
        if len(distinct) <= _FEW_OTHERS:
            # A few kinds: str.replace each, unless one's replacement holds another of them
            # (it would be replaced twice).
            replacements = [(char, memo[ord(char)]) for char in distinct]
            if all(out.replace(char, "").isascii() for char, out in replacements):
                for char, out in replacements:
                    if out != char:
                        done = done.replace(char, out)
                return done
        parts = []
        pos = 0
        lookup = memo.__getitem__
        for run in _NON_ASCII_RUN.finditer(done):
            a, b = run.span()
            parts.append(done[pos:a])
            parts.append("".join(map(lookup, map(ord, run.group()))))
            pos = b
        parts.append(done[pos:])
        return "".join(parts)


_ASCII_BYTES = bytes(range(128))
_FEW_OTHERS = 8


_FOLD_TABLE = _Table(_ASCII_FOLD, _FOLD)


def char_steps(char: str) -> frozenset[str]:
    """Which per-character normalisations change ``char`` (case, confusables, ...)."""
    code = ord(char)
    steps = _STEPS_MEMO.get(code)
    if steps is None:
        steps = _fold_char(char)[1]
        if len(_STEPS_MEMO) < _MEMO_LIMIT:
            _STEPS_MEMO[code] = steps
    return steps


# --- Mapping positions back ----------------------------------------------------------------

# An edit: output start, output length, input end, and for each output character of the
# replacement its first and last input position (an elongated run's one letter stands for
# the whole run, so its first and last differ).
Edit = tuple[int, int, int, Sequence[int], Sequence[int]]


class _Stage:
    """What one step replaced, enough to map an output position back to its input."""

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
        out_start, out_len, in_end, firsts, lasts = self._edits[k]
        if index < out_start + out_len:
            return (lasts if last else firsts)[index - out_start]
        return in_end + (index - out_start - out_len)

    def replaced(self, index: int) -> bool:
        """Whether output position ``index`` belongs to a replacement."""
        out_starts = self._ready()
        k = bisect_right(out_starts, index) - 1
        return k >= 0 and index < out_starts[k] + self._edits[k][1]


Span = tuple[int, int, str, Sequence[int], Sequence[int]]


def _rewrite(text: str, spans: list[Span]) -> tuple[str, _Stage | None]:
    """Replace text[a:b] by each span's string; spans carry their characters' input positions."""
    if not spans:
        return text, None
    parts = []
    edits: list[Edit] = []
    pos = 0
    out_len = 0
    for a, b, replacement, firsts, lasts in spans:
        parts.append(text[pos:a])
        out_len += a - pos
        parts.append(replacement)
        edits.append((out_len, len(replacement), b, firsts, lasts))
        out_len += len(replacement)
        pos = b
    parts.append(text[pos:])
    return "".join(parts), _Stage(lambda: edits)


# --- The steps -----------------------------------------------------------------------------


def _fold(text: str) -> tuple[str, _Stage | None]:
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
        out_len = 0
        pos = 0
        for match in _NEEDS_CHAR_FOLD.finditer(text):
            a, b = match.span()
            out_len += a - pos
            sources = array("q")
            for index in range(a, b):
                width = len(_FOLD[ord(text[index])])
                if width:
                    sources.extend([index] * width)
            edits.append((out_len, len(sources), b, sources, sources))
            out_len += len(sources)
            pos = b
        return edits

    return _FOLD_TABLE(text), _Stage(build)


def _drop_spans(lowered: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ASCII_DROP.finditer(lowered)]


def _drops(lowered: str) -> list[Edit]:
    edits: list[Edit] = []
    removed = 0
    for a, b in _drop_spans(lowered):
        edits.append((a - removed, 0, b, (), ()))
        removed += b - a
    return edits


def _separated_runs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, step) of each run of single characters split by one separator."""
    runs = []
    pos = 0
    while True:
        match = _SEPARATED_RUN.search(text, pos)
        if match is None:
            return runs
        sep = match.group("sep")
        step = len(sep) + 1
        a, b = match.span()
        if (b - a + len(sep)) // step < (3 if any(c.isspace() for c in sep) else 2):
            pos = a + step  # a valid run may still start at the second character
            continue
        runs.append((a, b, step))
        pos = b


def _join_separated(text: str, joined: list[tuple[int, int]]) -> tuple[str, _Stage | None]:
    spans: list[Span] = []
    for a, b, step in _separated_runs(text):
        kept = range(a, b, step)
        spans.append((a, b, text[a:b:step], kept, kept))
        joined.append((a, b))
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


def _unleet(text: str, rewritten: list[tuple[int, int]]) -> tuple[str, _Stage | None]:
    spans: list[Span] = []
    token_end = 0
    length = len(text)
    for run in _LEET_SYMBOLS.finditer(text):
        a, b = run.span()
        if a < token_end:
            continue
        letter_before = a > 0 and text[a - 1] in _LETTERS
        letter_after = b < length and text[b] in _LETTERS
        if not (letter_before or letter_after):
            continue
        if not (letter_before and letter_after) and not run.group().strip("!+"):
            continue  # "wow!" or "c++": punctuation, not leetspeak
        while a > 0 and text[a - 1] in _LEET_TOKEN_CHARS:
            a -= 1
        while b < length and text[b] in _LEET_TOKEN_CHARS:
            b += 1
        token_end = b
        token = text[a:b]
        letters = _UNLEET_MEMO.get(token)
        if letters is None and token not in _UNLEET_MEMO:  # tokens repeat: read each once
            letters = _unleet_token(token)
            if len(_UNLEET_MEMO) < _MEMO_LIMIT:
                _UNLEET_MEMO[token] = letters
        if letters is not None:
            sources = [a + w for w in letters[1]]
            spans.append((a, b, letters[0], sources, sources))
            rewritten.append((a, b))
    return _rewrite(text, spans)


_ELONGATED = re.compile(r"([a-z])\1{2,}")


def _squeeze(
    text: str, runs: list[tuple[int, int]], letters: frozenset[str] | None
) -> tuple[str, _Stage | None]:
    if letters is None:
        found = [m.span() for m in _ELONGATED.finditer(text)]
    else:  # the caller knows which letters repeat: str.find beats a back-reference pattern
        found = _runs_of(text, letters)
    runs += found
    return _rewrite(text, [(a, b, text[a], (a,), (b - 1,)) for a, b in found])


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
_GAP = re.compile(r"\s+")
_SINGLES_SIDE_BY_SIDE = re.compile(" [a-z0-9@$\u20ac] [a-z0-9@$\u20ac] ")


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


_SHORT = 1000  # characters; longer posts index every word once instead


class _Chained:
    """Two mapping stages in a row: ``outer`` applied last."""

    __slots__ = ("_outer", "_inner")

    def __init__(self, outer: _Stage, inner: _TokenStage) -> None:
        self._outer = outer
        self._inner = inner

    def back(self, index: int, last: bool = False) -> int:
        return self._inner.back(self._outer.back(index, last), last)


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
            (gap, gap, " ", (gap,), (gap,)) for gap in range(chain.start() + 3, chain.end(), 4)
        ]
    chained, stage = _rewrite(padded, wider)
    return (chained, _Chained(stage, tokens)) if stage is not None else (padded, tokens)


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
    )

    def __init__(
        self,
        original: str,
        padded: str,
        stages: tuple[
            _Stage | None, _Stage | None, _Stage | None, _Stage | None, _TokenStage | _Chained
        ],
        joined: list[tuple[int, int]],
        rewritten: list[tuple[int, int]],
        runs: list[tuple[int, int]],
    ) -> None:
        self.original = original
        self.padded = padded  # " " + normalised words + " "
        self._fold, self._join, self._leet, self._squeeze, self._tokens = stages
        self._joined = joined  # spans in the join step's input
        self._rewritten = rewritten  # spans in the leetspeak step's input
        self._runs = runs  # spans in the elongation step's input
        # Each kind's original spans, mapped back once when a match first asks: mapping
        # them again for every match made a post with many matches quadratic.
        self._spans: dict[str, list[tuple[int, int]]] = {}

    @property
    def text(self) -> str:
        return self.padded[1:-1]

    def _back(
        self, index: int, last: bool, stages: Sequence[_Stage | _TokenStage | _Chained | None]
    ) -> int:
        for stage in stages:
            if stage is not None:
                index = stage.back(index, last)
        return index

    def _from_padded(self, index: int, last: bool) -> int:
        stages = (self._tokens, self._squeeze, self._leet, self._join, self._fold)
        return self._back(index, last, stages)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the padded slice [start, end), end > start."""
        return self._from_padded(start, False), self._from_padded(end - 1, True) + 1

    def is_elongated(self, index: int) -> bool:
        """Whether padded[index] stands for three or more repeats of one letter."""
        return self._squeeze is not None and self._squeeze.replaced(self._tokens.back(index))

    def _original_spans(
        self, spans: list[tuple[int, int]], below: Sequence[_Stage | None]
    ) -> list[tuple[int, int]]:
        return [(self._back(a, False, below), self._back(b - 1, True, below) + 1) for a, b in spans]

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
            spans = self._spans[REPEATS] = self._original_spans(self._runs, below)
        return spans

    def region_slices(self, edges: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """Padded [start, end) of each word joined from separated characters; with
        ``edges``, only of those that may begin or end with one of those letters."""
        slices = []
        padded = self.padded
        # A joined run is whole words: look only at where words start, and only onwards
        # from the last run found (mapping a position back costs; a bisect over the whole
        # post for every run made a post of many runs slow).
        words = [found.start() for found in _WORD_START.finditer(padded)]
        starts = _LazyStarts(self, words)
        original = self.original
        count = len(words)
        lo = 0
        for first, last in self.separated:
            if edges is not None and not (
                _may_read_as(original[first], edges) or _may_read_as(original[last - 1], edges)
            ):
                continue
            lo = _gallop(starts, first, lo, count)
            hi = _gallop(starts, last, lo, count)
            if hi > lo:
                end = words[hi] - 1 if hi < count else len(padded) - 1
                slices.append((words[lo], end))
        return slices

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
        if self._joined and _overlaps(self.separated, start, end):
            steps.add(SEPARATORS)
        if self._rewritten and _overlaps(self.leet, start, end):
            steps.add(LEETSPEAK)
        if self._runs and _overlaps(self.elongated, start, end):
            steps.add(REPEATS)
        return tuple(step for step in STEP_ORDER if step in steps)


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


_WORD_START = re.compile("(?<= )[^ ]")


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


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_right(spans, (end, -1))
    return any(s < end and e > start for s, e in spans[max(0, index - 2) : index])


def normalize_with_offsets(
    text: str, *, join_separated: bool = True, squeeze: bool | frozenset[str] = True
) -> Normalized:
    """Normalise ``text``, keeping what is needed to map positions back to it.

    The engine narrows the work when its skeleton has shown what cannot change anything:
    ``join_separated=False`` skips joining separated characters, ``squeeze=False`` skips
    elongation, and a set of letters squeezes only those.
    """
    joined: list[tuple[int, int]] = []
    rewritten: list[tuple[int, int]] = []
    runs: list[tuple[int, int]] = []
    folded, fold_stage = _fold(text)
    join_stage = squeeze_stage = None
    if join_separated:
        folded, join_stage = _join_separated(folded, joined)
    folded, leet_stage = _unleet(folded, rewritten)
    if squeeze:
        letters = None if squeeze is True else squeeze
        folded, squeeze_stage = _squeeze(folded, runs, letters)
    padded, token_stage = _tokenise(folded)
    stages = (fold_stage, join_stage, leet_stage, squeeze_stage, token_stage)
    return Normalized(text, padded, stages, joined, rewritten, runs)


def normalize(text: str) -> str:
    """The canonical form keywords and posts are compared in (words joined by spaces)."""
    return normalize_with_offsets(text).text
