"""The moderation scanning core: keyword libraries in, matches in the student's own text out.

Pure Python on pyahocorasick, no Django::

    from moderation.engine import Entry, compile_library, load_entries
    entries = load_entries("moderation/libraries/self_harm.csv")
    library = compile_library(entries)
    for m in library.scan(text):          # m.entry, m.start, m.end, m.text == text[m.start:m.end]
        ...

How a scan works, and why it is fast: one ``bytes.translate`` turns the post into a skeleton
(lower case, unambiguous leet digits mapped, punctuation, emoji and quotes blanked; see
``moderation.skeleton``) and one pass of the screening automaton looks in it for every
keyword, padded with spaces so that the automaton itself enforces word boundaries (``ass``
never fires inside ``class``), and for a few thousand evasion detectors (letters spaced out,
a letter three times, a 1 or 8 touching a letter). Nearly every post ends there with no
Python-level work per character. A post with a candidate goes through
``moderation.normalize`` (only the words around the candidate, when nothing but leetspeak can
apply), and a pass of the exact automaton checks each candidate and maps it back to the
student's text. ``python -m moderation.bench`` measures all of it against raw
``Automaton.iter``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations, islice, product
from pathlib import Path
from typing import Any, TextIO

import ahocorasick

from moderation.normalize import (
    LEETSPEAK,
    NORMALISER_VERSION,
    STEP_ORDER,
    Normalized,
    joins_separated,
    normalize,
    normalize_with_offsets,
)
from moderation.skeleton import (
    _ASCII_BYTES,
    _BLANK_PLANS,
    _BLANKED_BYTES,
    _BLANKED_DELETE,
    NOT_A_SYMBOL,
    SKELETON_BYTES,
    SKELETON_DELETE,
    narrow_gaps,
    other_readings,
    screen,
    skeleton_of_normalized,
    squeeze_skeleton,
)

ENGINE_VERSION = "1"
MODES = ("word", "prefix", "substring")
SEVERITIES = {1: "informational", 2: "low", 3: "high", 4: "critical"}
CSV_HEADER = ("term", "category", "severity", "mode", "definition", "exceptions")
EXCEPTION_SEPARATOR = "|"

# Screening keys get gaps of one to four spaces ("kill... you" has four in the skeleton);
# phrases with more gaps are screened on their first words only, to bound the key count.
_GAP_VARIANT_LIMIT = 2
_GAP_WIDTHS = (1, 2, 3, 4)  # the skeleton squeezes wider gaps to one space
# Doubled letters a key may have elongated in a post ("killlll" normalises to "kil").
_ELONGATION_VARIANT_LIMIT = 4
# Single letters that are often words of their own next to spaced-out letters: "i k i l l u".
_STRAY_LETTERS = frozenset("iau")
_DIGIT_RUN = re.compile(r"([0345679])\1\1")
_LEET_DIGIT = re.compile("[0345679]")
_BLANKS = bytes(32 if chr(code).isspace() else code for code in range(256))
# More first-pass hits than this (a megabyte of "aaaa"): skip the screening shortcuts.
_MANY_HITS = 2_000
# Posts shorter than this are normalised whole even when a window would do.
_WINDOW_WORTHWHILE = 80
# Longer posts with single letters side by side go straight to the normaliser, rather than
# first asking it whether they join (most that long have some that do).
_WINDOW_LIMIT = 2_000


@dataclass(frozen=True, slots=True)
class Entry:
    """One keyword: a word or phrase, what it is, how bad, and how to match it."""

    term: str
    category: str
    severity: int
    definition: str = ""
    mode: str = "word"
    exceptions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.term, str) or not self.term.strip():
            raise ValueError("an entry needs a term")
        if not isinstance(self.category, str) or not self.category.strip():
            raise ValueError(f"entry {self.term!r} needs a category")
        if isinstance(self.severity, bool) or self.severity not in SEVERITIES:
            raise ValueError(f"entry {self.term!r}: severity must be 1, 2, 3 or 4")
        if self.mode not in MODES:
            raise ValueError(f"entry {self.term!r}: mode must be one of {', '.join(MODES)}")
        if isinstance(self.exceptions, str) or not all(isinstance(e, str) for e in self.exceptions):
            raise ValueError(f"entry {self.term!r}: exceptions must be a sequence of phrases")
        if not isinstance(self.exceptions, tuple):
            object.__setattr__(self, "exceptions", tuple(self.exceptions))

    @property
    def severity_label(self) -> str:
        return SEVERITIES[self.severity]


@dataclass(frozen=True, slots=True)
class Match:
    """A keyword found in a post, located in the text exactly as the student wrote it."""

    entry: Entry
    start: int
    end: int
    text: str  # == scanned_text[start:end]
    category: str
    severity: int
    normalisations: tuple[str, ...]  # e.g. ("leetspeak",) for "k1ll"; () for a plain match


class LibraryError(ValueError):
    """A library file or entry that cannot be used, with every problem found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def entry_problems(entry: Entry) -> list[str]:
    """What stops ``entry`` from matching as its author meant (empty list: nothing)."""
    return _problems(entry, normalize(entry.term), [normalize(e) for e in entry.exceptions])


def _problems(entry: Entry, key: str, phrases: list[str]) -> list[str]:
    if not key:
        return [f"term {entry.term!r} has no letters, digits or emoji to match"]
    return [
        f"exception {exception!r} of {entry.term!r} does not contain the term"
        for exception, phrase in zip(entry.exceptions, phrases, strict=True)
        if key not in phrase
    ]


# Candidate: (entry index, padded normalised key, elongated positions, lead pad, trail pad)
_Candidate = tuple[int, str, tuple[int, ...], int, int]
# Screening automaton value: (detector kind or 0, key length if the key screens posts else 0,
# words the entries' exceptions reach beyond the key)
_Screen = tuple[int, int, int]


def _padded(key: str, mode: str) -> tuple[str, int, int]:
    if mode == "word":
        return f" {key} ", 1, 1
    if mode == "prefix":
        return f" {key}", 1, 0
    return key, 0, 0


_DOUBLE_LETTER = re.compile(r"([^\W\d_])\1")


def _elongation_variants(key: str) -> list[tuple[str, tuple[int, ...]]]:
    """``key`` with doubled letters written once, and where those letters now sit."""
    if _DOUBLE_LETTER.search(key) is None:  # most keys: nothing to do
        return []
    doubles = [i for i in range(len(key) - 1) if key[i] == key[i + 1] and key[i].isalpha()]
    doubles = doubles[:_ELONGATION_VARIANT_LIMIT]
    variants = []
    for size in range(1, len(doubles) + 1):
        for chosen in combinations(doubles, size):
            chars = []
            positions = []
            for i, char in enumerate(key):
                if i - 1 in chosen:
                    continue  # the second letter of a chosen double
                if i in chosen:
                    positions.append(len(chars))
                chars.append(char)
            variants.append(("".join(chars), tuple(positions)))
    return variants


# Every mix of gap widths for n gaps but all single spaces (the key itself), by n.
_GAP_MIXES = {
    gaps: [
        tuple(" " * width for width in widths)
        for widths in product(_GAP_WIDTHS, repeat=gaps)
        if any(width > 1 for width in widths)
    ]
    for gaps in range(1, _GAP_VARIANT_LIMIT + 1)
}


def _gap_variants(words: list[str]) -> list[str]:
    """``words`` joined by every mix of gap widths but all single spaces (the key itself)."""
    first, rest = words[0], words[1:]
    return [
        first + "".join(gap + word for gap, word in zip(mix, rest, strict=True))
        for mix in _GAP_MIXES[len(rest)]
    ]


# Evasion detectors: what the skeleton cannot settle, so the normaliser must.
_ELONGATION = 1  # three of a letter: "killlll"
_DIGIT = 2  # a 1 or 8 next to a letter: "k1ll", "ki11", "h8"
_SEPARATED = 3  # single characters side by side: "k i l l", "k.i.l.l", "k. i. l. l"
_WIDE_GAP = 4  # five blanks in a row: wider than the gaps keys are registered with
# Letters the skeleton writes for leet digits (0 3 4 5 7 9): a 1 or 8 beside them is usually
# a number ("10", "18th", "1st"), so they only count between two of them ("t1t", "a11").
_DIGIT_IMAGES = "oeastg"


def _detector_keys() -> dict[str, int]:
    """Skeleton patterns after which a post needs more of the normaliser."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    keys = {c * 3: _ELONGATION for c in letters}
    for digit in "18":
        for c in letters:
            if c not in _DIGIT_IMAGES:
                keys[c + digit] = keys[digit + c] = _DIGIT
        for x in _DIGIT_IMAGES:
            keys[x + digit + digit] = keys[digit + digit + x] = _DIGIT
            for y in _DIGIT_IMAGES:
                keys[x + digit + y] = _DIGIT
    singles = letters + "1268"  # what single characters look like in the skeleton
    for x in singles:
        for y in singles:
            for width in _GAP_WIDTHS:
                keys[f" {x}{' ' * width}{y} "] = _SEPARATED
    keys[" " * (max(_GAP_WIDTHS) + 1)] = _WIDE_GAP
    return keys


_DETECTORS = _detector_keys()


class CompiledLibrary:
    """An immutable, thread-safe, picklable scanner for a list of entries.

    Two automata: the screening one runs over every post's skeleton and holds the keys as
    posts write them (with wider gaps between a phrase's words) and the evasion detectors;
    the exact one runs only over normalised text, where a post has a candidate, and holds
    the keys as the normaliser writes them, elongated forms included ("kil" for "kill").

    ``fingerprint`` identifies the entries and the engine that compiled them: use it as the
    cache key. ``version`` is the caller's label (a library revision), else the fingerprint.
    """

    __slots__ = (
        "entries",
        "fingerprint",
        "version",
        "_screen",
        "_exact",
        "_exceptions",
        "_squeezable",
        "_longest",
        "_ascii_keys",
    )

    entries: tuple[Entry, ...]
    fingerprint: str
    version: str
    _screen: Any
    _exact: Any
    _exceptions: tuple[tuple[str, ...], ...]
    _squeezable: bool
    _longest: int
    _ascii_keys: bool

    def __init__(
        self,
        entries: tuple[Entry, ...],
        fingerprint: str,
        version: str,
        screen: Any,
        exact: Any,
        exceptions: tuple[tuple[str, ...], ...],
        squeezable: bool,
        longest: int,
        ascii_keys: bool,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "entries", entries)
        set_(self, "fingerprint", fingerprint)
        set_(self, "version", version)
        set_(self, "_screen", screen)
        set_(self, "_exact", exact)
        set_(self, "_exceptions", exceptions)
        # Squeezing the skeleton also squeezes numbers ("000"), which the normaliser leaves
        # alone; that shortcut is only safe if no key has such a run.
        set_(self, "_squeezable", squeezable)
        set_(self, "_longest", longest)  # the longest automaton key
        # Only ASCII keys: the skeleton may blank every emoji, quote and currency sign.
        set_(self, "_ascii_keys", ascii_keys)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a compiled library is immutable; compile a new one")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("a compiled library is immutable; compile a new one")

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # The automata pickle themselves (pyahocorasick 2.x): unpickling in a worker takes
        # a fraction of the time compiling again would.
        return (
            CompiledLibrary,
            (
                self.entries,
                self.fingerprint,
                self.version,
                self._screen,
                self._exact,
                self._exceptions,
                self._squeezable,
                self._longest,
                self._ascii_keys,
            ),
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<CompiledLibrary {len(self.entries)} entries, version {self.version}>"

    def scan(self, text: str) -> list[Match]:
        """Every keyword in ``text``, in order of position; an empty list for clean text."""
        if not isinstance(text, str):
            raise TypeError(f"scan() needs a str, not {type(text).__name__}")
        if not self.entries:
            return []
        # The hot path, inlined: a post is one bytes.translate and one C-speed automaton
        # pass, and nearly every post ends there with no hit. Its non-ASCII characters must
        # all be emoji, quotes, £... (invisible ones removed first); a $ @ + | needs a closer
        # look, and so does a ! unless every one ends a word ("wow! so", "yes!").
        if text.isascii():
            raw = text.encode()
            table = SKELETON_BYTES
            delete = SKELETON_DELETE
        elif self._ascii_keys:
            raw = text.encode("utf-8", "surrogatepass")
            plan = _BLANK_PLANS[raw.translate(None, _ASCII_BYTES)]
            if plan is None:
                table = None
            else:
                for sequence in plan:
                    raw = raw.replace(sequence, b"")
                table = _BLANKED_BYTES
                delete = _BLANKED_DELETE
        else:
            table = None
        # Whether each character of the post is at most one in the skeleton (or dropped):
        # then the normaliser may look at just the words around a hit.
        one_for_one = table is not None
        if table is None:
            padded = self._screened(text)
            one_for_one = text.isascii()
        else:
            symbols = raw.translate(None, NOT_A_SYMBOL)
            if symbols and (
                symbols.strip(b"!") or len(symbols) != raw.count(b"! ") + raw.endswith(b"!")
            ):
                padded = self._screened(text)
            else:
                padded = " " + raw.translate(table, delete).decode() + " "
        if padded is None:
            return self.scan_normalized(normalize_with_offsets(text))
        found = self._screen.iter(padded)
        for first in found:
            hits = [first, *islice(found, _MANY_HITS)]
            if len(hits) > _MANY_HITS:  # "aaaa..." all the way: the normaliser is linear
                narrowed = narrow_gaps(padded)  # unless it was all blanks (a million emoji)
                if len(narrowed) < len(padded):
                    hits = list(islice(self._screen.iter(narrowed), _MANY_HITS + 1))
                    if len(hits) <= _MANY_HITS:
                        return self._follow_up(text, narrowed, hits) if hits else []
                return self.scan_normalized(normalize_with_offsets(text))
            return self._follow_up(text, padded, hits, one_for_one)
        return []

    def _screened(self, text: str) -> str | None:
        """The padded skeleton of ``text``, or None if the normaliser must look anyway."""
        padded, ambiguous = screen(text, self._ascii_keys)
        if ambiguous and padded is not None:
            # A | or !! that may be letters ("k|ll", "ki!!"): if any reading of them trips
            # the automaton, the normaliser (which reads them every way) decides.
            iterate = self._screen.iter
            for reading, _spans in other_readings(text):
                other, _ = screen(reading, self._ascii_keys)
                if other is None:
                    return None
                for _hit in iterate(other):
                    return None
        return padded

    def _follow_up(
        self, text: str, padded: str, hits: list[tuple[int, _Screen]], one_for_one: bool = False
    ) -> list[Match]:
        """Decide, from what the first pass found, how much normalising the post needs."""
        hit = digit = False
        letters: set[str] | None = None
        first_hit = last_hit = context = 0
        for end, (detector, screens, words) in hits:
            if screens:  # a keyword (or the start of a phrase) in the skeleton
                start = end + 1 - screens
                if not hit or start < first_hit:
                    first_hit = start
                hit = True
                last_hit = end + 1
                if words > context:
                    context = words
            if not detector:
                continue
            if detector == _SEPARATED:
                if (
                    not one_for_one
                    or len(text) > _WINDOW_LIMIT
                    or not text.isascii()
                    or joins_separated(text)
                ):
                    return self.scan_normalized(normalize_with_offsets(text))
                continue  # single letters side by side ("a 2"), but nothing to join
            if detector == _DIGIT:
                digit = True
            elif detector == _ELONGATION:
                if letters is None:
                    letters = set()
                letters.add(padded[end])
            elif detector == _WIDE_GAP:  # rare: "so..... what": squeeze, then look again
                narrowed = narrow_gaps(padded)
                hits = list(islice(self._screen.iter(narrowed), _MANY_HITS))
                if len(hits) == _MANY_HITS:
                    return self.scan_normalized(normalize_with_offsets(text))
                return self._follow_up(text, narrowed, hits) if hits else []
        if digit:  # leetspeak decides what a 1 or 8 is, and may make new repeats
            return self.scan_normalized(normalize_with_offsets(text, join_separated=False))
        if letters and not hit and self._squeezable:
            # Elongation only: look again with the repeats written once ("killlll" -> "kil",
            # which the exact automaton knows as an elongated "kill"); most posts stop here.
            hit = self._elongated_hit(*squeeze_skeleton(padded, letters))
        if not hit:
            return []
        if not letters and one_for_one and len(text) > _WINDOW_WORTHWHILE:
            # Only leetspeak can apply, and it never crosses whitespace: normalise just the
            # stretch of whole words around the keys found (plus room for exceptions).
            shrink = len(text) + 2 - len(padded)  # the skeleton drops apostrophes...
            a, b = _window(text, first_hit - 1, last_hit - 1 + shrink, context)
            if b - a < len(text):
                norm = normalize_with_offsets(text[a:b], join_separated=False, squeeze=False)
                return self.scan_normalized(norm, offset=a)
        norm = normalize_with_offsets(
            text, join_separated=False, squeeze=frozenset(letters) if letters else False
        )
        return self.scan_normalized(norm)

    def _elongated_hit(self, squeezed: str, runs: list[int]) -> bool:
        """Whether a key found in the squeezed skeleton uses one of its squeezed letters."""
        # Keys that miss every squeezed letter were in the first look already, so only the
        # stretch within one key's length of a squeezed letter needs looking at.
        lo = max(0, runs[0] - self._longest)
        window = squeezed[lo : runs[-1] + self._longest + 1]
        runs = [run - lo for run in runs]
        for end, (_detector, screens, _words) in self._screen.iter(window):
            if screens and _touches(runs, end + 1 - screens, end + 1):
                return True
        elongated_at = set(runs)
        for end, candidates in self._exact.iter(window):
            for _index, key, elongated, _lead, _trail in candidates:
                if elongated:
                    start = end + 1 - len(key)
                    if all(start + p in elongated_at for p in elongated):
                        return True
        return False

    def scan_normalized(self, norm: Normalized, offset: int = 0) -> list[Match]:
        """The exact pass over a normalised post (``scan`` calls it only when needed).

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
        for lo, hi in norm.region_slices():
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
                    if any(x < b and y > a for x, y in reread[1]):
                        steps = tuple(s for s in STEP_ORDER if s in steps or s == LEETSPEAK)
                found[(a, b, entry_index)] = Match(
                    entry=entry,
                    start=a + shift,
                    end=b + shift,
                    text=original[a:b],
                    category=entry.category,
                    severity=entry.severity,
                    normalisations=steps,
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


def _window(text: str, start: int, end: int, words: int) -> tuple[int, int]:
    """[start, end) of ``text`` widened to whitespace, then by ``words`` more words.

    Non-ASCII text is widened to spaces only: a wider window, never a narrower one.
    """
    if text.isascii():
        spaced: str | bytes = text.encode("ascii").translate(_BLANKS)  # all whitespace: b" "
        blank: str | bytes = b" "
        space: str | int = 32
    else:
        spaced, blank, space = text, " ", " "
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    for _ in range(words + 1):
        while start > 0 and spaced[start - 1] == space:
            start -= 1
        start = spaced.rfind(blank, 0, start) + 1  # type: ignore[arg-type]
        while end < len(spaced) and spaced[end] == space:
            end += 1
        found = spaced.find(blank, end)  # type: ignore[arg-type]
        end = found if found != -1 else len(spaced)
    return start, end


def _touches(positions: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted ``positions`` lies in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def fingerprint_entries(entries: Iterable[Entry]) -> str:
    """A hash of the entries, in order, and of the engine and normaliser versions."""
    # Control characters cannot occur in a CSV cell that round-trips, so they delimit.
    rows = (
        "\x1f".join(
            (e.term, e.category, str(e.severity), e.definition, e.mode, "\x1d".join(e.exceptions))
        )
        for e in entries
    )
    text = f"engine {ENGINE_VERSION} normaliser {NORMALISER_VERSION}\x1e" + "\x1e".join(rows)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# Terms that normalise to themselves: lower-case ASCII words with single spaces, no letter
# three times in a row, no two one-letter words side by side (the normaliser would join
# "k y s"). Most terms of a library; the rest go through the normaliser.
_PLAIN_TERM = re.compile(r"[a-z]+(?: [a-z]+)*")
_NOT_PLAIN = re.compile(r"([a-z])\1\1|(?:^| )[a-z] [a-z](?: |$)")


def _normalize_term(text: str) -> str:
    if text.isascii():
        lowered = text.lower()
        if _PLAIN_TERM.fullmatch(lowered) and _NOT_PLAIN.search(lowered) is None:
            return lowered
    return normalize(text)


def compile_library(entries: Iterable[Entry], *, version: str | None = None) -> CompiledLibrary:
    """Build the automata for ``entries``. Raises LibraryError if an entry cannot match."""
    entries = tuple(entries)
    # exact key (skeleton of a normalised form) -> candidates
    exact: dict[str, list[_Candidate]] = {}
    # screening key -> words an exception of one of its entries reaches beyond the keyword
    screening: dict[str, int] = {}
    problems: list[str] = []
    exceptions: list[tuple[str, ...]] = []
    normalized: dict[str, str] = {}
    has_leet_digit = _LEET_DIGIT.search
    no_context = ()

    for index, entry in enumerate(entries):
        term = entry.term
        key = normalized.get(term)
        if key is None:
            key = normalized[term] = _normalize_term(term)
        if entry.exceptions:
            phrases = []
            for exception in entry.exceptions:
                phrase = normalized.get(exception)
                if phrase is None:
                    phrase = normalized[exception] = _normalize_term(exception)
                phrases.append(phrase)
            entry_issues = _problems(entry, key, phrases)
            if entry_issues:
                problems += entry_issues
                continue
            exceptions.append(tuple(f" {phrase} " for phrase in phrases))
            context = max(phrase.count(" ") for phrase in phrases)
        elif not key:
            problems += _problems(entry, key, [])
            continue
        else:
            exceptions.append(no_context)
            context = 0
        mode = entry.mode
        # Keys are written as the skeleton writes them (leet digits as letters): the same
        # string unless the key has such a digit, which few have.
        skel = skeleton_of_normalized if has_leet_digit(key) else str

        words = key.split(" ")
        precise = [(key, ())]
        if len(words) > 1 and mode != "substring":
            precise.append(("".join(words), ()))  # hashtags: #killyourself
        if _DOUBLE_LETTER.search(key) is not None:
            for form, _ in list(precise):
                precise += _elongation_variants(form)
        for form, elongated in precise:
            padded, lead, trail = _padded(form, mode)
            skeleton_key = skel(padded)
            candidate = (index, padded, tuple(p + lead for p in elongated), lead, trail)
            slot = exact.get(skeleton_key)
            if slot is None:
                exact[skeleton_key] = [candidate]
            elif candidate not in slot:
                slot.append(candidate)
            if not elongated and screening.get(skeleton_key, -1) < context:
                screening[skeleton_key] = context
        if len(words) == 1:
            continue
        # Screening-only keys: the skeleton keeps raw spacing, the normaliser does not.
        screened = words[: _GAP_VARIANT_LIMIT + 1]
        truncated = len(screened) < len(words)
        spaced_forms = _gap_variants(screened)
        if truncated:
            spaced_forms.append(" ".join(screened))
        lead, trail = ("", "") if mode == "substring" else (" ", " " if truncated else "")
        if mode == "word":
            trail = " "
        for spaced in spaced_forms:
            skeleton_key = skel(lead + spaced + trail)
            if screening.get(skeleton_key, -1) < context:
                screening[skeleton_key] = context
    if problems:
        raise LibraryError(problems)
    # Keys for elongated forms ("kil" for "kill") are only in the exact automaton: as
    # written they are ordinary words ("kilometre"), and an elongated post trips a detector.
    screen_automaton = ahocorasick.Automaton()
    add = screen_automaton.add_word
    detectors = _DETECTORS
    for skeleton_key, context in screening.items():
        add(skeleton_key, (detectors.get(skeleton_key, 0), len(skeleton_key), context))
    for skeleton_key, evasion in detectors.items():
        if skeleton_key not in screening:
            add(skeleton_key, (evasion, 0, 0))
    screen_automaton.make_automaton()
    exact_automaton = ahocorasick.Automaton()
    add = exact_automaton.add_word
    for skeleton_key, candidates in exact.items():
        add(skeleton_key, tuple(candidates))
    if not exact:
        add("\x00", ())  # an automaton needs a word to search with
    exact_automaton.make_automaton()
    fingerprint = fingerprint_entries(entries)
    squeezable = not any(_DIGIT_RUN.search(key) for key in normalized.values())
    longest = max(max(map(len, exact), default=0), max(map(len, screening), default=0))
    ascii_keys = all(key.isascii() for key in screening)
    return CompiledLibrary(
        entries,
        fingerprint,
        version or fingerprint[:16],
        screen_automaton,
        exact_automaton,
        tuple(exceptions),
        squeezable,
        longest,
        ascii_keys,
    )


# --- The library file format: see moderation/libraries/README.md -------------------------


def parse_entries(source: str | Iterable[str], name: str = "<library>") -> list[Entry]:
    """Entries from CSV text (or lines) in the library format; LibraryError lists problems."""
    lines = io.StringIO(source) if isinstance(source, str) else source
    entries: list[Entry] = []
    problems: list[str] = []
    header_seen = False
    reader = csv.reader(lines)
    for row in reader:
        where = f"{name}:{reader.line_num}"
        if not row or not any(cell.strip() for cell in row):
            continue
        if row[0].lstrip().startswith("#"):
            continue
        if not header_seen:
            cells = tuple(cell.strip().lstrip("\ufeff") for cell in row)
            if cells != CSV_HEADER:
                raise LibraryError([f"{where}: header must be {','.join(CSV_HEADER)}"])
            header_seen = True
            continue
        if len(row) != len(CSV_HEADER):
            problems.append(f"{where}: {len(row)} cells, expected {len(CSV_HEADER)}")
            continue
        term, category, severity, mode, definition, exceptions = row
        try:
            entries.append(
                Entry(
                    term=term.strip(),
                    category=category.strip(),
                    severity=int(severity),
                    definition=definition.strip(),
                    mode=mode.strip() or "word",
                    exceptions=tuple(
                        p.strip() for p in exceptions.split(EXCEPTION_SEPARATOR) if p.strip()
                    ),
                )
            )
        except ValueError as error:
            problems.append(f"{where}: {error}")
    if not header_seen:
        problems.append(f"{name}: no header row")
    if problems:
        raise LibraryError(problems)
    return entries


def load_entries(path: str | Path | TextIO) -> list[Entry]:
    """Entries from a library CSV file (a path or an open text file)."""
    if hasattr(path, "read"):
        return parse_entries(path, getattr(path, "name", "<library>"))  # type: ignore[arg-type]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return parse_entries(handle, str(path))


def dump_entries(entries: Iterable[Entry], path: str | Path | None = None) -> str:
    """The library CSV for ``entries`` (written to ``path`` too if given)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for e in entries:
        if any(EXCEPTION_SEPARATOR in phrase for phrase in e.exceptions):
            raise LibraryError([f"exception of {e.term!r} contains {EXCEPTION_SEPARATOR!r}"])
        writer.writerow(
            [
                e.term,
                e.category,
                e.severity,
                e.mode,
                e.definition,
                EXCEPTION_SEPARATOR.join(e.exceptions),
            ]
        )
    text = out.getvalue()
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text
