"""Normalisation, character by character: what each character folds to (case, Unicode
compatibility, lookalike letters, diacritics, invisibles, emoji as words), remembered per
code point, and the translation tables built on it. See ``moderation.scanning.normalize``."""

from __future__ import annotations

import re
import unicodedata

from moderation.scanning.confusables_data import CONFUSABLES

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
# Where leetspeak rewrites a token: a run of digits and symbols that touches a letter on both
# sides, or on one side and is not just ! and + ("wow!" and "c++" are punctuation). Found by
# one regex search that starts at a digit or symbol, so the prices, "10" and "!!" of a post
# cost no Python-level work; possessive runs keep it linear in any run's length.
_LEET_AT = re.compile(
    r"[0-9@$\u20ac!+](?:(?<=[a-z].)(?:(?<=[0-9@$\u20ac])|[!+]*+[0-9@$\u20ac]|[0-9@$\u20ac!+]*+"
    r"(?=[a-z]))|(?<=[0-9@$\u20ac])[!+]*+(?=[a-z]))"
)

_LEET_TOKEN_REST = re.compile(r"[a-z0-9@$\u20ac!+]*")

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
