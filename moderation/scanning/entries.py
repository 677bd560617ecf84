"""Keyword entries and the library file format (CSV): what a library is made of."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from moderation.scanning.normalize import (
    NORMALISER_VERSION,
    normalize,
)

ENGINE_VERSION = "3"  # 2: no 1-and-8 detectors; 3: one reading per span, drawn-out terms
MODES = ("word", "prefix", "substring")
SEVERITIES = {1: "informational", 2: "low", 3: "high", 4: "critical"}
CSV_HEADER = ("term", "category", "severity", "mode", "definition", "exceptions")
EXCEPTION_SEPARATOR = "|"


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


# --- Allowed phrases of serious entries: the one rule for every way a phrase gets in ------
# (the starter files, a staff import, an entry typed or edited in the admin, an exception a
# lead accepts on a case page)

# From this severity a post is held at the default settings, and an allowed phrase must name
# what makes the words innocent.
SERIOUS = 3
# Words that name nothing on their own: articles, possessives, prepositions, conjunctions.
BARE_WORDS = frozenset(
    "a an the my your his her our their its this that these those at in on of to for with by "
    "from into onto about as and or but so until el la los las un una mi tu su de del al en "
    "con por para y o".split()
)
PHRASE_WORD = re.compile(r"\w+(?:['’]\w+)*")


def phrase_words(text: str) -> list[str]:
    """The words of ``text`` as an allowed phrase is compared with its keyword: lower-cased,
    "don’t" and "don't" one word."""
    return [word.replace("’", "'") for word in PHRASE_WORD.findall(text.lower())]


def names_nothing_more(phrase: str, term: str) -> bool:
    """Whether ``phrase`` adds to the keyword ``term`` only words that name nothing ("loser
    at", "the bomb", "don't want to live in"): as an allowed phrase it would excuse what is
    not innocent too ("loser at life", "plant the bomb", "... in this world")."""
    rest = phrase_words(phrase)
    for word in phrase_words(term):
        if word in rest:
            rest.remove(word)
    return bool(rest) and all(word in BARE_WORDS for word in rest)


def bare_phrase_problems(entry: Entry) -> list[str]:
    """Why each allowed phrase of a serious ``entry`` that adds only words naming nothing cannot
    be used (empty list: none)."""
    return bare_phrases(entry.term, entry.severity, entry.exceptions)


def bare_phrases(term: str, severity: int, phrases: Iterable[str]) -> list[str]:
    """``bare_phrase_problems`` for an entry not built yet (an edit in the admin)."""
    if severity < SERIOUS:
        return []
    return [
        f'allowed phrase "{phrase}" of "{term}" (severity {severity}) adds only words that '
        "name nothing, such as 'at', 'the', 'with' or 'de': it would also excuse posts that are "
        "not innocent. Add the word that names what makes it innocent (a place, a thing, a "
        "person), or leave the phrase out"
        for phrase in phrases
        if names_nothing_more(phrase, term)
    ]


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
