"""The moderation scanning core: keyword libraries in, matches in the student's own text out.

Pure Python on pyahocorasick, no Django::

    from moderation.engine import Entry, compile_library, load_entries
    entries = load_entries("moderation/libraries/self_harm.csv")
    library = compile_library(entries)
    for m in library.scan(text):          # m.entry, m.start, m.end, m.text == text[m.start:m.end]
        ...

How a scan works, and why it is fast: one ``str.translate`` turns the post into a skeleton
(lower case, unambiguous leet digits mapped, punctuation blanked) and one Aho-Corasick pass
looks in it for every keyword, padded with spaces so that the automaton itself enforces word
boundaries, and for a few thousand evasion detectors (spaced-out letters, three repeats of
a letter, a 1 or 8 touching a letter). Most posts end there with no Python-level work. Only
a post with a candidate goes through ``moderation.normalize`` (offsets, leetspeak, joined
separators, elongation) and a second pass that checks each candidate exactly.
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
    NORMALISER_VERSION,
    Normalized,
    narrow_gaps,
    normalize,
    normalize_with_offsets,
    skeleton,
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
_GAP_VARIANT_LIMIT = 3
_GAP_WIDTHS = (1, 2, 3, 4)  # the skeleton squeezes wider gaps to one space
# Doubled letters a key may have elongated in a post ("killlll" normalises to "kil").
_ELONGATION_VARIANT_LIMIT = 4
# Single letters that are often words of their own next to spaced-out letters: "i k i l l u".
_STRAY_LETTERS = frozenset("iau")
_DIGIT_RUN = re.compile(r"([0345679])\1\1")
_BLANKS = bytes(32 if chr(code).isspace() else code for code in range(256))
# More first-pass hits than this (a megabyte of "aaaa"): skip the screening shortcuts.
_MANY_HITS = 2_000
# Posts shorter than this are normalised whole even when a window would do.
_WINDOW_WORTHWHILE = 80


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
# Automaton value: (detector kind, key length if the key screens posts, candidates, words)
_Value = tuple[int, int, tuple[_Candidate, ...], int]


def _padded(key: str, mode: str) -> tuple[str, int, int]:
    if mode == "word":
        return f" {key} ", 1, 1
    if mode == "prefix":
        return f" {key}", 1, 0
    return key, 0, 0


def _elongation_variants(key: str) -> list[tuple[str, tuple[int, ...]]]:
    """``key`` with doubled letters written once, and where those letters now sit."""
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


def _gap_variants(words: list[str]) -> list[str]:
    """``words`` joined by every mix of gap widths but all single spaces (the key itself)."""
    variants = []
    for widths in product(_GAP_WIDTHS, repeat=len(words) - 1):
        if any(width > 1 for width in widths):
            parts = [words[0]]
            for width, word in zip(widths, words[1:], strict=True):
                parts += (" " * width, word)
            variants.append("".join(parts))
    return variants


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

    ``fingerprint`` identifies the entries and the engine that compiled them: use it as the
    cache key. ``version`` is the caller's label (a library revision), else the fingerprint.
    """

    __slots__ = (
        "entries",
        "fingerprint",
        "version",
        "_automaton",
        "_exceptions",
        "_squeezable",
        "_longest",
    )

    entries: tuple[Entry, ...]
    fingerprint: str
    version: str
    _automaton: Any
    _exceptions: tuple[tuple[str, ...], ...]
    _squeezable: bool
    _longest: int

    def __init__(
        self,
        entries: tuple[Entry, ...],
        fingerprint: str,
        version: str,
        automaton: Any,
        exceptions: tuple[tuple[str, ...], ...],
        squeezable: bool,
        longest: int,
    ) -> None:
        object.__setattr__(self, "entries", entries)
        object.__setattr__(self, "fingerprint", fingerprint)
        object.__setattr__(self, "version", version)
        object.__setattr__(self, "_automaton", automaton)
        object.__setattr__(self, "_exceptions", exceptions)
        # Squeezing the skeleton also squeezes numbers ("000"), which the normaliser leaves
        # alone; that shortcut is only safe if no key has such a run.
        object.__setattr__(self, "_squeezable", squeezable)
        object.__setattr__(self, "_longest", longest)  # the longest automaton key

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a compiled library is immutable; compile a new one")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("a compiled library is immutable; compile a new one")

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # The automaton pickles itself (pyahocorasick 2.x), so unpickling in a worker costs
        # far less than compiling again.
        return (
            CompiledLibrary,
            (
                self.entries,
                self.fingerprint,
                self.version,
                self._automaton,
                self._exceptions,
                self._squeezable,
                self._longest,
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
        padded = skeleton(text)
        if padded is None:
            return self.scan_normalized(normalize_with_offsets(text))
        # The hot path: one C-speed pass, and nearly every post ends here, with no hit.
        found = self._automaton.iter(padded)
        for first in found:
            hits = [first, *islice(found, _MANY_HITS)]
            if len(hits) > _MANY_HITS:  # "aaaa..." all the way: the normaliser is linear
                return self.scan_normalized(normalize_with_offsets(text))
            return self._follow_up(text, padded, hits)
        return []

    def _follow_up(self, text: str, padded: str, hits: list[tuple[int, _Value]]) -> list[Match]:
        """Decide, from what the first pass found, how much normalising the post needs."""
        hit = digit = False
        letters: set[str] | None = None
        first_hit = last_hit = context = 0
        for end, (detector, screens, _candidates, words) in hits:
            if screens:  # a keyword (or the start of a phrase) in the skeleton
                start = end + 1 - screens
                if not hit or start < first_hit:
                    first_hit = start
                hit = True
                last_hit = end + 1
                context = max(context, words)
            if detector == _SEPARATED:
                return self.scan_normalized(normalize_with_offsets(text))
            if detector == _DIGIT:
                digit = True
            elif detector == _ELONGATION:
                if letters is None:
                    letters = set()
                letters.add(padded[end])
            elif detector == _WIDE_GAP:  # rare: "so..... what": squeeze, then look again
                narrowed = narrow_gaps(padded)
                hits = list(islice(self._automaton.iter(narrowed), _MANY_HITS))
                if len(hits) == _MANY_HITS:
                    return self.scan_normalized(normalize_with_offsets(text))
                return self._follow_up(text, narrowed, hits)
        if digit:  # leetspeak decides what a 1 or 8 is, and may make new repeats
            return self.scan_normalized(normalize_with_offsets(text, join_separated=False))
        if letters and not hit and self._squeezable:
            # Elongation only: look again with the repeats written once ("killlll" -> "kil",
            # which the automaton knows as an elongated "kill"); most posts stop here.
            hit = self._elongated_hit(*squeeze_skeleton(padded, letters))
        if not hit:
            return []
        if not letters and text.isascii() and len(text) > _WINDOW_WORTHWHILE:
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
        elongated_at = set(runs)
        for end, (_detector, screens, candidates, _words) in self._automaton.iter(window):
            if screens and _touches(runs, end + 1 - screens, end + 1):
                return True
            for _index, key, elongated, _lead, _trail in candidates:
                start = end + 1 - len(key)
                if elongated:
                    if all(start + p in elongated_at for p in elongated):
                        return True
                elif _touches(runs, start, end + 1):
                    return True
        return False

    def scan_normalized(self, norm: Normalized, offset: int = 0) -> list[Match]:
        """The exact pass over a normalised post (``scan`` calls it only when needed).

        ``norm`` may be of a slice of the post that starts at ``offset`` in it.
        """
        found: dict[tuple[int, int, int], Match] = {}
        self._collect(norm, norm.padded, 0, found, words_only=False, shift=offset)
        if norm.has_separated:
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
                                norm, inner, lo + left - 1, found, words_only=True, shift=offset
                            )
        return [found[key] for key in sorted(found)]

    def _collect(
        self,
        norm: Normalized,
        target: str,
        offset: int,
        found: dict[tuple[int, int, int], Match],
        *,
        words_only: bool,
        shift: int,
    ) -> None:
        padded = norm.padded
        for end, (_d, _s, candidates, _w) in self._automaton.iter(skeleton_of_normalized(target)):
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
                found[(a, b, entry_index)] = Match(
                    entry=entry,
                    start=a + shift,
                    end=b + shift,
                    text=norm.original[a:b],
                    category=entry.category,
                    severity=entry.severity,
                    normalisations=norm.steps_for_span(a, b),
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
    """[start, end) of ASCII ``text`` widened to whitespace, then by ``words`` more words."""
    spaced = text.encode("ascii").translate(_BLANKS)  # every kind of whitespace: b" "
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    for _ in range(words + 1):
        while start > 0 and spaced[start - 1] == 32:
            start -= 1
        start = spaced.rfind(b" ", 0, start) + 1
        while end < len(spaced) and spaced[end] == 32:
            end += 1
        found = spaced.find(b" ", end)
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


def compile_library(entries: Iterable[Entry], *, version: str | None = None) -> CompiledLibrary:
    """Build the automaton for ``entries``. Raises LibraryError if an entry cannot match."""
    entries = tuple(entries)
    # skeleton key -> candidates; a key with none only screens posts (a phrase with wider gaps)
    table: dict[str, list[_Candidate]] = {}

    # skeleton key -> words an exception of one of its entries reaches beyond the keyword
    contexts: dict[str, int] = {}

    def add(skeleton_key: str, candidate: _Candidate | None, context: int) -> None:
        slot = table.setdefault(skeleton_key, [])
        if candidate is not None and candidate not in slot:
            slot.append(candidate)
        contexts[skeleton_key] = max(contexts.get(skeleton_key, 0), context)

    screening: set[str] = set()
    problems: list[str] = []
    exceptions: list[tuple[str, ...]] = []
    normalized: dict[str, str] = {}

    def norm(text: str) -> str:
        if text not in normalized:
            normalized[text] = normalize(text)
        return normalized[text]

    for index, entry in enumerate(entries):
        key = norm(entry.term)
        phrases = [norm(exception) for exception in entry.exceptions]
        entry_issues = _problems(entry, key, phrases)
        if entry_issues:
            problems += entry_issues
            continue
        exceptions.append(tuple(f" {phrase} " for phrase in phrases))
        context = max((phrase.count(" ") for phrase in phrases), default=0)

        words = key.split(" ")
        precise = [(key, ())]
        if len(words) > 1 and entry.mode != "substring":
            precise.append(("".join(words), ()))  # hashtags: #killyourself
        for form, _ in list(precise):
            precise += _elongation_variants(form)
        for form, elongated in precise:
            padded, lead, trail = _padded(form, entry.mode)
            positions = tuple(p + lead for p in elongated)
            skeleton_key = skeleton_of_normalized(padded)
            add(skeleton_key, (index, padded, positions, lead, trail), context)
            if not elongated:
                screening.add(skeleton_key)
        if len(words) == 1:
            continue
        # Screening-only keys: the skeleton keeps raw spacing, the normaliser does not.
        screened = words[: _GAP_VARIANT_LIMIT + 1]
        truncated = len(screened) < len(words)
        for spaced in _gap_variants(screened) + ([" ".join(screened)] if truncated else []):
            padded, _, _ = _padded(spaced, "prefix" if truncated else entry.mode)
            if truncated and entry.mode != "substring":
                padded += " "
            skeleton_key = skeleton_of_normalized(padded)
            add(skeleton_key, None, context)
            screening.add(skeleton_key)
    if problems:
        raise LibraryError(problems)
    # Automaton values: (evasion detector kind or 0, key length if it screens posts, else 0,
    # candidates, words the entries' exceptions reach beyond the key). Keys for elongated
    # forms ("kil" for "kill") do not screen: as written they are ordinary words
    # ("kilometre"), and an elongated post trips a detector anyway.
    automaton = ahocorasick.Automaton()
    for skeleton_key, candidates in table.items():
        screens = len(skeleton_key) if skeleton_key in screening else 0
        value = (
            _DETECTORS.get(skeleton_key, 0),
            screens,
            tuple(candidates),
            contexts[skeleton_key],
        )
        automaton.add_word(skeleton_key, value)
    for skeleton_key, evasion in _DETECTORS.items():
        if skeleton_key not in table:
            automaton.add_word(skeleton_key, (evasion, 0, (), 0))
    automaton.make_automaton()
    fingerprint = fingerprint_entries(entries)
    squeezable = not any(_DIGIT_RUN.search(key) for key in normalized.values())
    longest = max(map(len, table), default=0)
    return CompiledLibrary(
        entries,
        fingerprint,
        version or fingerprint[:16],
        automaton,
        tuple(exceptions),
        squeezable,
        longest,
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
