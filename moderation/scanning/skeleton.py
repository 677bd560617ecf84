"""The skeleton: how the engine's first, screening pass sees a post.

One translation from raw text to the alphabet of the engine's screening automaton: lower
case; the unambiguous leet digits mapped (0 3 4 5 7 9); 1 and 8 kept, since their reading
depends on context (``reads_one_or_eight_as_letters`` decides); punctuation blanked;
apostrophes, invisible and control characters dropped. ``$ @ ! + |`` are blanked too, after
``screen()`` has checked whether they may be leetspeak.

The contract the engine relies on: if the full normaliser (``moderation.scanning.normalize``) finds
a keyword in a post, then the skeleton holds the keyword's skeleton (with gaps of one to
four spaces, once ``narrow_gaps`` has squeezed wider ones) or one of the engine's evasion
detectors, or ``screen()`` returned None, or a 1 or 8 reads as letters (the normaliser
must look anyway). A skeleton may
hold more than the normaliser would find (that costs time, never a match), never less.

ASCII posts are one ``bytes.translate``. A post whose other characters are all emoji,
quotes, currency signs, dashes or invisible characters (nearly every non-ASCII post) is one
``bytes.translate`` too when the library's keys are ASCII: each such character becomes one
blank (invisible ones are removed first with ``bytes.replace``), which can only add word
boundaries next to a keyword, never take one away. Any other post takes the per-character
path, which folds each character as the normaliser does.
"""

from __future__ import annotations

import re

from moderation.scanning.normalize import (
    _ASCII_BYTES,  # noqa: F401 (the engine's inlined fast path uses it from here)
    _FOLD,
    _LEET_MAP,
    _LETTERS,
    _MEMO_LIMIT,
    _NUMBER_WITH_SUFFIX,
    _fold,
    _runs_of,
    _Table,
)
from moderation.scanning.normalize_chars import _LEET_TOKEN_CHARS

_SYMBOL_MARK = "\x00"  # a non-ASCII character that folds to a leet symbol: needs the normaliser


def _ascii_skeleton(char: str) -> str | None:
    if char.isalpha():
        return char.lower()
    if char.isdigit():
        return _LEET_MAP.get(char, char)
    if char in "'`" or (not char.isspace() and (char < " " or char == "\x7f")):
        return None
    return " "


_ASCII_SKELETON = {code: _ascii_skeleton(chr(code)) for code in range(128)}


class _SkeletonMemo(dict[int, str]):
    """Non-ASCII character -> skeleton: folded first, then as ASCII would be."""

    def __missing__(self, code: int) -> str:
        folded = _FOLD[code]
        if any(c in "!+$@\u20ac" for c in folded):
            value = _SYMBOL_MARK
        else:
            value = "".join(
                c if not c.isascii() else (_ASCII_SKELETON[ord(c)] or "") for c in folded
            )
        if len(self) < _MEMO_LIMIT:
            self[code] = value
        return value


class _Unchanged(dict[int, str]):
    """Non-ASCII character -> itself (normalised text keeps letters of other scripts)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if len(self) < _MEMO_LIMIT:
            self[code] = char
        return char


_SKELETON_MEMO = _SkeletonMemo()
_RAW_SKELETON = _Table(_ASCII_SKELETON, _SKELETON_MEMO)
# Normalised text is lower case without punctuation; its digits are the ones that were not
# leetspeak, which the skeleton maps like raw text does.
_NORM_SKELETON = _Table(
    {code: _LEET_MAP.get(chr(code), chr(code)) for code in range(128)}, _Unchanged()
)

# The ASCII translation, for the engine's inlined fast path.
SKELETON_BYTES = bytes(
    ord(_ASCII_SKELETON[code] or " ") if code < 128 else code for code in range(256)
)
SKELETON_DELETE = bytes(code for code in range(128) if not _ASCII_SKELETON[code])
# Bytes whose presence needs a closer look: leet symbols, and | and ! that may be letters.
NOT_A_SYMBOL = bytes(code for code in range(256) if code not in b"$@!+|")

# UTF-8 with only "blank" non-ASCII characters: each lead byte becomes one blank and the
# continuation bytes go, so every such character is exactly one space.
_BLANKED_BYTES = bytes(
    SKELETON_BYTES[code] if code < 0x80 else 32 if code >= 0xC0 else code for code in range(256)
)
_BLANKED_DELETE = SKELETON_DELETE + bytes(range(0x80, 0xC0))

# The engine's hot path makes the skeleton and finds the leet symbols in the same
# translate: a $ @ + | becomes LEET_MARK (a control character no key holds).
LEET_MARK = "\x01"


def _marked(table: bytes) -> bytes:
    return bytes(ord(LEET_MARK) if chr(code) in "$@+|" else table[code] for code in range(256))


MARKED_BYTES = _marked(SKELETON_BYTES)
MARKED_BLANKED_BYTES = _marked(_BLANKED_BYTES)


def _blank_plan(others: str) -> tuple[tuple[bytes, bytes], ...] | None:
    """For the non-ASCII characters of a post: (UTF-8 sequence, what replaces it) for those
    to remove, or to write as the one letter the skeleton makes of them ("é", "ñ", a
    lookalike "к"), before blanking the rest; None if one of them is a digit, a symbol or
    letters of their own (the per-character path). Each character stays at most one."""
    plan = []
    for char in set(others):
        value = _SKELETON_MEMO[ord(char)]
        if not value:  # invisible, an apostrophe, a mark: dropped wherever it is
            plan.append((char.encode("utf-8", "surrogatepass"), b""))
        elif len(value) == 1 and "a" <= value <= "z":  # the skeleton writes it as a letter
            plan.append((char.encode("utf-8", "surrogatepass"), value.encode()))
        elif value == _SYMBOL_MARK or not all(
            c == " " or (not c.isascii() and not c.isalnum()) for c in value
        ):
            return None
    return tuple(sorted(plan))


class _PlanMemo(dict[bytes, "tuple[tuple[bytes, bytes], ...] | None"]):
    """The non-ASCII bytes of a post (its emoji, quotes...) -> its ``_blank_plan``."""

    def __missing__(self, others: bytes) -> tuple[tuple[bytes, bytes], ...] | None:
        plan = _blank_plan(others.decode("utf-8", "surrogatepass"))
        if len(others) <= 64 and len(self) < _MEMO_LIMIT:
            self[others] = plan
        return plan


_BLANK_PLANS = _PlanMemo()

LEET = 1  # a $ or @, or a single ! or + between word characters: the normaliser decides
AMBIGUOUS = 2  # a | touching a word, or ! doubled after one: may be letters ("k|ll", "ki!!")

# Word bytes: ASCII letters and digits, and any byte of a multibyte UTF-8 character (a
# Cyrillic letter, or a zero-width space hiding "k!ll": look closer). Apostrophes between a
# symbol and a word do not part them ("ki'!!"), so they are deleted before these searches,
# which start at a symbol: C speed however many symbols a post has.
_WORD = rb"[A-Za-z0-9\x80-\xff]"
_SINGLE_BETWEEN_WORDS = re.compile(rb"(?<=%s)[!+](?=%s)" % (_WORD, _WORD))
_MAY_BE_LETTERS = re.compile(rb"(?<=%s)\||\|(?=%s)|(?<=%s)!!" % (_WORD, _WORD, _WORD))


def symbol_kind(raw: bytes, symbols: bytes) -> int:
    """LEET, AMBIGUOUS or 0 for UTF-8 ``raw``, whose symbols ($@!+|) are ``symbols``.

    Runs of one symbol that only apostrophes part ("a!'!b") count as one run here: that can
    only call a post AMBIGUOUS where it was not (more readings screened), never hide LEET.
    """
    if b"$" in symbols or b"@" in symbols:
        return LEET
    unquoted = raw.translate(None, b"'`")
    if (b"!" in symbols or b"+" in symbols) and _SINGLE_BETWEEN_WORDS.search(unquoted):
        return LEET
    return AMBIGUOUS if _MAY_BE_LETTERS.search(unquoted) else 0


def screen(text: str, ascii_keys: bool = False) -> tuple[str | None, bool]:
    """The post's skeleton padded with a space each side (None: the normaliser must look
    anyway), and whether it has a | or ! that other readings of the post must screen.

    ``ascii_keys``: the library has only ASCII keys, so characters that fold to no ASCII
    letter or digit (emoji, quotes, £) may all be blanked.
    """
    if text.isascii():
        raw = text.encode()
        skel = raw.translate(SKELETON_BYTES, SKELETON_DELETE).decode()
    else:
        raw = text.encode("utf-8", "surrogatepass")
        plan = _BLANK_PLANS[raw.translate(None, _ASCII_BYTES)] if ascii_keys else None
        if plan is not None:
            for sequence, replacement in plan:
                raw = raw.replace(sequence, replacement)
            skel = raw.translate(_BLANKED_BYTES, _BLANKED_DELETE).decode()
        else:
            skel = _RAW_SKELETON.utf8(raw)
            if _SYMBOL_MARK in skel:  # a full-width $, a small @...
                return None, False
    symbols = raw.translate(None, NOT_A_SYMBOL)  # usually empty, at most a few
    if symbols:
        kind = symbol_kind(raw, symbols)
        if kind == LEET:
            return None, False
        return f" {skel} ", kind == AMBIGUOUS
    return f" {skel} ", False


def reads_one_or_eight_as_letters(text: str) -> bool:
    """Whether the normaliser would read a 1 or 8 in ``text`` as letters ("undre5s a1" is
    "undress ai", "1ed" is "ied"): it sits in a word with a letter that is not a number
    with a unit ("1st", "10am"). The skeleton cannot tell: it writes the 4 of "41" as the a
    of "a1". Only the words around each 1 and 8 are folded, so a post costs a few finds.
    ``text``'s digits must all be ASCII (full-width ones: ``one_or_eight_as_letters``).
    """
    length = len(text)
    for digit in "18":
        index = text.find(digit)
        while index != -1:
            start = text.rfind(" ", 0, index) + 1
            end = text.find(" ", index)
            if end == -1:
                end = length
            word = text[start:end]
            reads = _ONE_OR_EIGHT_MEMO.get(word)
            if reads is None:  # words with numbers repeat ("10am", "100%"): remember them
                reads = one_or_eight_as_letters(_fold(word)[0])
                if len(_ONE_OR_EIGHT_MEMO) < _MEMO_LIMIT:
                    _ONE_OR_EIGHT_MEMO[word] = reads
            if reads:
                return True
            index = text.find(digit, end)
    return False


_ONE_OR_EIGHT_MEMO: dict[str, bool] = {}


def one_or_eight_as_letters(folded: str) -> bool:
    """``reads_one_or_eight_as_letters`` for folded text (lower case, dropped characters
    gone), as the normaliser's leetspeak step sees it."""
    length = len(folded)
    for digit in "18":
        index = folded.find(digit)
        while index != -1:
            start = index
            while start and folded[start - 1] in _LEET_TOKEN_CHARS:
                start -= 1
            end = index + 1
            while end < length and folded[end] in _LEET_TOKEN_CHARS:
                end += 1
            word = folded[start:end]
            if not _LETTERS.isdisjoint(word) and (
                _NUMBER_WITH_SUFFIX.fullmatch(word.strip("!+")) is None
            ):
                return True
            index = folded.find(digit, end)
    return False


def skeleton(text: str) -> str | None:
    """The skeleton ``screen`` makes for a library with any keys (None: normalise)."""
    padded, ambiguous = screen(text)
    return None if ambiguous else padded


# A run of | or ! that may stand for letters: | touching a letter, ! between letters, or
# two or more ! after one ("k|ll", "ki!!", "ki!l"). "a | b" and "hello!" are punctuation.
# The pattern finds every such run and a few more (it counts "²" as a letter, as isalpha
# does not); each found is checked with isalpha. Possessive runs keep it linear.
# Both branches start with their symbol, so the regex engine skips to the next | or ! by
# itself instead of trying the letter lookbehind at every character.
_MAYBE_AMBIGUOUS = re.compile(r"\|++|!(?<=[^\W\d_]!)(?:!++|(?=[^\W\d_]))")
_READINGS = (("i", "i"), ("l", "l"), ("i", "l"), ("l", "i"))  # what | and ! stand for
# Stand-ins for the ambiguous runs while the readings are written (str.replace each).
_BAR_MARK, _BANG_MARK = "\x02", "\x03"
_MARKS = str.maketrans({"|": _BAR_MARK, "!": _BANG_MARK})


# The same runs in ASCII text, where a letter is [A-Za-z] and needs no check: a | run with
# a letter before it, or (from its first bar) after it; a ! after a letter, doubled or
# followed by one. Each alternative starts at the symbol, which the regex engine finds by
# itself, and a run is tried from its start only, so a long run of bars costs one pass.
_ASCII_AMBIGUOUS = re.compile(
    r"[|!](?:(?<=[A-Za-z]\|)\|*+|(?<=[^|]\|)\|*+(?=[A-Za-z])|(?<=^\|)\|*+(?=[A-Za-z])"
    r"|(?<=[A-Za-z]!)(?:!++|(?=[A-Za-z])))"
)


def _ambiguous_runs(text: str) -> list[tuple[int, int]]:
    if text.isascii():
        return [run.span() for run in _ASCII_AMBIGUOUS.finditer(text)]
    spans = []
    length = len(text)
    for run in _MAYBE_AMBIGUOUS.finditer(text):
        a, b = run.span()
        before = a > 0 and text[a - 1].isalpha()
        after = b < length and text[b].isalpha()
        if text[a] == "|" and (before or after) or before and (after or b - a > 1):
            spans.append((a, b))
    return spans


_Readings = list[tuple[str, list[tuple[int, int]]]]
# The readings of the posts last asked for, the latest last.
_last_readings: tuple[tuple[str, _Readings], ...] = ()
# A scan asks for the readings of a post and of its opening (a long post's clean proof
# starts there) in turn: two are kept, so neither pushes out the other.
_KEPT_READINGS = 2


def other_readings(text: str) -> _Readings:
    """``text`` with its ambiguous | and ! read as letters (i or l, as many as they are),
    each reading once, with the spans rewritten. Same length: offsets carry over.

    A scan asks for the readings of one post up to three times (screen, proof, exact
    pass): the last posts' are kept.
    """
    global _last_readings
    if "|" not in text and "!" not in text:
        return []
    kept = _last_readings  # replaced whole, never changed in place: safe across threads
    for seen, readings in kept:
        if seen == text:  # the screen, the proof and the exact pass pass equal strings
            return readings
    readings = _other_readings(text)
    _last_readings = (*kept[1 - _KEPT_READINGS :], (text, readings))
    return readings


def forget_readings() -> None:
    """Start a scan afresh: readings are kept within one scan, not from one to the next."""
    global _last_readings
    _last_readings = ()


def _other_readings(text: str) -> _Readings:
    spans = _ambiguous_runs(text)
    if not spans:
        return []
    if _BAR_MARK in text or _BANG_MARK in text:
        marked = None
        kinds = {text[a] for a, _ in spans}
    elif sum(b - a for a, b in spans) == text.count("|") + text.count("!"):
        # Every | and ! may be letters (a paste of "k|ll ki!!"): one translate marks them.
        marked = text.translate(_MARKS)
        kinds = {kind for kind in "|!" if kind in text}
    else:  # each ambiguous run written in stand-ins, then each reading is two str.replace
        marked = _with_runs_read(text, spans, _BAR_MARK, _BANG_MARK)
        kinds = {text[a] for a, _ in spans}
    readings = []
    seen = set()
    for bar, bang in _READINGS:
        if "|" not in kinds:
            bar = "i"
        if "!" not in kinds:
            bang = "i"
        if (bar, bang) in seen:
            continue
        seen.add((bar, bang))
        if marked is not None:
            reading = marked.replace(_BAR_MARK, bar).replace(_BANG_MARK, bang)
        else:
            reading = _with_runs_read(text, spans, bar, bang)
        readings.append((reading, spans))
    return readings


def _with_runs_read(text: str, spans: list[tuple[int, int]], bar: str, bang: str) -> str:
    """``text`` with each ambiguous run of ``|`` written as ``bar``, of ``!`` as ``bang``."""
    pieces = []
    pos = 0
    for a, b in spans:
        pieces += (text[pos:a], (bar if text[a] == "|" else bang) * (b - a))
        pos = b
    pieces.append(text[pos:])
    return "".join(pieces)


_WIDE_GAP = re.compile(" {5,}")


def narrow_gaps(padded: str) -> str:
    """A skeleton with gaps wider than keys allow for (four spaces) squeezed to one."""
    return _WIDE_GAP.sub(" ", padded)


_CHANGES_IN_SKELETON = re.compile("[0345679]")


def skeleton_of_normalized(padded: str) -> str:
    """The skeleton of normalised text: same length, position for position."""
    return _NORM_SKELETON(padded) if _CHANGES_IN_SKELETON.search(padded) else padded


def squeeze_skeleton(padded: str, letters: set[str]) -> tuple[str, list[int]]:
    """A skeleton with three or more of each of ``letters`` written once, and where."""
    parts = []
    positions = []
    pos = 0
    removed = 0
    for a, b in _runs_of(padded, letters):
        parts.append(padded[pos : a + 1])
        positions.append(a - removed)
        removed += b - a - 1
        pos = b
    parts.append(padded[pos:])
    return "".join(parts), positions
