"""Keyword entries and the library file format (CSV): what a library is made of."""

from __future__ import annotations

import csv
import hashlib
import io
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
