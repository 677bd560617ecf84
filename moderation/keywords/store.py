"""Keyword libraries in the database: seeding, import, export, and the compiled library every
scan uses.

The database is the one source of truth for what is scanned; `moderation/libraries/*.csv` only
seeds it. The compiled automaton is kept per set of library versions in this process, and in a
shared cache (Redis) when MODERATION_LIBRARY_CACHE names one, so that a fleet of web and task
workers compiles each library once (about a second of CPU each, and every worker used to, at
its first post). The shared copy is found by the fingerprint of the entries it was compiled
from and of the engine's own source, and checked against it when read: a worker never scans
with a library compiled from other entries or by other code (a deploy that changed the
engine compiles afresh). When several workers start at once, one compiles and the others wait
for its copy. Every change to an entry must call `bump_version`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from moderation.engine import (
    CSV_HEADER,
    CompiledLibrary,
    Entry,
    LibraryError,
    compile_library,
    dump_entries,
    entry_problems,
    fingerprint_entries,
    parse_entries,
)
from moderation.flags.hot_path import Remembered
from moderation.keywords.starter import starter_libraries
from moderation.models import Category, KeywordEntry, KeywordEntryHistory, KeywordLibrary
from moderation.scanning.entries import bare_phrase_problems

logger = logging.getLogger("moderation.keywords.store")

SHARED_CACHE_SECONDS = 24 * 60 * 60
# A worker that finds another compiling the same library waits this long for its copy, then
# compiles its own (a compile takes 1-3 s; a web worker must stay well inside gunicorn's
# --timeout while it waits, and one that died compiling holds the others no longer than this).
COMPILE_WAIT_SECONDS = 10.0
_ENTRY_FIELDS = ("category", "severity", "definition", "exceptions")


# --- The compiled library -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActiveLibrary:
    """The compiled library and, for each of its entries, the database row it came from."""

    key: str
    compiled: CompiledLibrary
    entry_pks: tuple[int, ...]
    _by_entry: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    def entry_pk(self, entry: Entry) -> int | None:
        """The KeywordEntry pk of an entry of this library (a Match's `entry`)."""
        if not self._by_entry:
            for compiled_entry, pk in zip(self.compiled.entries, self.entry_pks, strict=True):
                self._by_entry[id(compiled_entry)] = pk
        return self._by_entry.get(id(entry))


_lock = threading.Lock()
_current: ActiveLibrary | None = None


def _read_versions_key() -> str:
    # Which libraries are active, at which version.
    versions = list(
        KeywordLibrary.objects.filter(active=True)
        .order_by("pk")
        .values_list("pk", "version", "updated_at")
    )
    return hashlib.sha256(repr(versions).encode()).hexdigest()[:32]


# Read at most once per MODERATION_RELOAD_SECONDS per process (moderation/flags/hot_path.py); a
# library saved or bumped in this process is read afresh at once.
_versions = Remembered()


def _versions_key() -> str:
    return _versions.get(_read_versions_key)


def _to_entry(row: KeywordEntry) -> Entry:
    return Entry(
        term=row.term,
        category=row.category,
        severity=row.severity,
        definition=row.definition,
        mode=row.mode,
        exceptions=tuple(row.exception_list),
    )


def _read_pairs() -> list[tuple[int, Entry]]:
    rows = KeywordEntry.objects.filter(library__active=True, excluded=False).order_by(
        "library_id", "term", "mode", "pk"
    )
    return [(row.pk, _to_entry(row)) for row in rows]


def _compile(pairs: list[tuple[int, Entry]], key: str) -> ActiveLibrary:
    try:
        compiled = compile_library((entry for _, entry in pairs), version=key)
    except LibraryError:
        # An entry edited into something that cannot match must not stop every other scan.
        usable = []
        for pk, entry in pairs:
            problems = entry_problems(entry)
            if problems:
                logger.error("keyword entry %s is not scanned: %s", pk, "; ".join(problems))
            else:
                usable.append((pk, entry))
        pairs = usable
        compiled = compile_library((entry for _, entry in pairs), version=key)
    return ActiveLibrary(key, compiled, tuple(pk for pk, _ in pairs))


def _shared_cache() -> Any:
    alias = getattr(settings, "MODERATION_LIBRARY_CACHE", "")
    return caches[alias] if alias else None


@lru_cache(maxsize=1)
def engine_identity() -> str:
    """A hash of the engine's source (moderation/engine.py, moderation/scanning/) and of the
    automaton library's version: a compiled library pickled by other code is never used."""
    import moderation.engine as engine

    digest = hashlib.sha256()
    root = Path(engine.__file__).parent
    for path in [root / "engine.py", *sorted((root / "scanning").rglob("*.py"))]:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    try:
        digest.update(version("pyahocorasick").encode())
    except PackageNotFoundError:  # pragma: no cover - installed another way
        pass
    return digest.hexdigest()[:16]


def _from_shared(shared: Any, cache_key: str, fingerprint: str) -> tuple[Any, ...] | None:
    """(compiled library, entry pks) kept under `cache_key`, if made from these very entries."""
    try:
        found = shared.get(cache_key)
    except Exception:  # noqa: BLE001 - a cache outage must not stop scanning
        logger.warning("shared library cache unavailable", exc_info=True)
        return None
    if not (isinstance(found, tuple) and len(found) == 3 and found[0] == fingerprint):
        return None
    compiled, pks = found[1], tuple(found[2])
    if not isinstance(compiled, CompiledLibrary) or len(compiled.entries) != len(pks):
        return None
    return compiled, pks


def _shared_or_compiled(key: str) -> ActiveLibrary:
    pairs = _read_pairs()
    shared = _shared_cache()
    if shared is None:
        return _compile(pairs, key)
    fingerprint = fingerprint_entries(entry for _, entry in pairs)
    cache_key = f"moderation:library:{fingerprint[:32]}:{engine_identity()}"
    found = _from_shared(shared, cache_key, fingerprint)
    if found is None:
        # Workers starting together: one compiles, the others wait for its copy.
        compiling = f"{cache_key}:compiling"
        try:
            mine = shared.add(compiling, 1, int(COMPILE_WAIT_SECONDS))
        except Exception:  # noqa: BLE001
            mine = True
        deadline = time.monotonic() + (0 if mine else COMPILE_WAIT_SECONDS)
        while found is None and time.monotonic() < deadline:
            time.sleep(0.2)
            found = _from_shared(shared, cache_key, fingerprint)
    if found is not None:
        return ActiveLibrary(key, found[0], found[1])
    library = _compile(pairs, key)
    try:
        shared.set(
            cache_key, (fingerprint, library.compiled, library.entry_pks), SHARED_CACHE_SECONDS
        )
        shared.delete(f"{cache_key}:compiling")
    except Exception:  # noqa: BLE001
        logger.warning("could not share the compiled library", exc_info=True)
    return library


def active_library() -> ActiveLibrary:
    """The library every scan uses now, compiled at most once per version per process (and,
    with a shared cache, once for every process)."""
    global _current
    key = _versions_key()
    current = _current
    if current is not None and current.key == key:
        return current
    with _lock:
        if _current is not None and _current.key == key:
            return _current
        library = _shared_or_compiled(key)
        _current = library
        return library


def current_library() -> CompiledLibrary:
    """The compiled library of every active, non-excluded entry of every active library."""
    return active_library().compiled


def forget_compiled_library() -> None:
    """Drop this process's compiled library (tests; the version check makes it unnecessary)."""
    global _current
    with _lock:
        _current = None
    _versions.forget()


def bump_version(library: KeywordLibrary | int) -> None:
    """Call after any change to a library's entries: the next scan compiles afresh."""
    pk = library.pk if isinstance(library, KeywordLibrary) else library
    KeywordLibrary.objects.filter(pk=pk).update(version=F("version") + 1, updated_at=timezone.now())
    if isinstance(library, KeywordLibrary):
        library.refresh_from_db(fields=["version", "updated_at"])
    _versions.forget()
    transaction.on_commit(_versions.forget)


# --- Import and export --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportReport:
    library: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    kept_local: int = 0  # starter entries staff changed since the last seed, left as they are

    def __str__(self) -> str:
        text = f"{self.library}: {self.added} added, {self.changed} changed"
        text += f", {self.unchanged} unchanged"
        return text + (f", {self.kept_local} kept as staff changed them" if self.kept_local else "")


def _rows(name: str, csv_text: str) -> list[tuple[int, list[str]]]:
    """Each entry row with its line number; LibraryError if the header is missing or wrong."""
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(csv_text))
    header_seen = False
    for row in reader:
        if not row or not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if not header_seen:
            if tuple(cell.strip().lstrip("\ufeff") for cell in row) != CSV_HEADER:
                raise LibraryError(
                    [f"{name}:{reader.line_num}: header must be {','.join(CSV_HEADER)}"]
                )
            header_seen = True
            continue
        rows.append((reader.line_num, row))
    if not header_seen:
        raise LibraryError([f"{name}: no header row"])
    return rows


def validate_csv(name: str, csv_text: str) -> list[Entry]:
    """Every entry of a library CSV, or LibraryError naming every bad line (all of them)."""
    entries: list[Entry] = []
    problems: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    categories = set(Category.values)
    term_length = KeywordEntry._meta.get_field("term").max_length
    for line, row in _rows(name, csv_text):
        where = f"{name}:{line}"
        # Each row through the engine's own parser, so the two can never disagree.
        single = io.StringIO()
        writer = csv.writer(single, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerow(row)
        try:
            [entry] = parse_entries(single.getvalue(), name)
        except LibraryError as error:
            problems += [f"{where}: {p.split(': ', 1)[-1]}" for p in error.problems]
            continue
        problems += [f"{where}: {problem}" for problem in entry_problems(entry)]
        problems += [f"{where}: {problem}" for problem in bare_phrase_problems(entry)]
        if entry.category not in categories:
            problems.append(f"{where}: unknown category {entry.category!r}")
        if len(entry.term) > term_length:
            problems.append(f"{where}: term longer than {term_length} characters")
        key = (entry.term, entry.mode)
        if key in seen:
            problems.append(f"{where}: {entry.term!r} ({entry.mode}) repeats line {seen[key]}")
        seen.setdefault(key, line)
        entries.append(entry)
    if problems:
        raise LibraryError(problems)
    return entries


def entry_snapshot(entry: Entry | KeywordEntry) -> dict[str, Any]:
    """An entry as its history records it (before and after a change), one shape for an
    import and a staff edit alike: exceptions as a list, so erasure finds each phrase."""
    exceptions = entry.exception_list if isinstance(entry, KeywordEntry) else list(entry.exceptions)
    return {
        "term": entry.term,
        "category": entry.category,
        "severity": int(entry.severity),
        "mode": entry.mode,
        "definition": entry.definition,
        "exceptions": exceptions,
    }


def _record(
    row: KeywordEntry,
    actor: Any,
    reason: str,
    *,
    before: dict[str, Any],
    after: dict[str, Any],
    action: str = KeywordEntryHistory.Action.IMPORTED,
) -> None:
    _history(row, actor, reason, before=before, after=after, action=action).save()


def _history(
    row: KeywordEntry,
    actor: Any,
    reason: str,
    *,
    before: dict[str, Any],
    after: dict[str, Any],
    action: str = KeywordEntryHistory.Action.IMPORTED,
) -> KeywordEntryHistory:
    """The history row of a change to ``row``, not saved yet."""
    return KeywordEntryHistory(
        entry=row,
        library=row.library,
        term=row.term,
        action=action,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        reason=reason,
        before=before,
        after=after,
    )


def _new_entry(library: KeywordLibrary, entry: Entry) -> KeywordEntry:
    """``entry`` as a row of ``library``, not saved yet."""
    return KeywordEntry(
        library=library,
        term=entry.term,
        mode=entry.mode,
        category=entry.category,
        severity=entry.severity,
        definition=entry.definition,
        exceptions="|".join(entry.exceptions),
    )


def _create_entry(library: KeywordLibrary, entry: Entry) -> KeywordEntry:
    row = _new_entry(library, entry)
    row.save(force_insert=True)
    return row


def _create_entries(
    library: KeywordLibrary, entries: list[Entry], actor: Any, reason: str
) -> dict[tuple[str, str], KeywordEntry]:
    """``entries`` added to ``library``, each with the history row ``_record`` would write."""
    rows = KeywordEntry.objects.bulk_create([_new_entry(library, entry) for entry in entries])
    KeywordEntryHistory.objects.bulk_create(
        [
            _history(row, actor, reason, before={}, after=entry_snapshot(entry))
            for row, entry in zip(rows, entries, strict=True)
        ]
    )
    return {(row.term, row.mode): row for row in rows}


def _apply(
    library: KeywordLibrary,
    entries: Iterable[Entry],
    actor: Any,
    reason: str,
    *,
    respect_local_changes: bool,
) -> ImportReport:
    existing = {(row.term, row.mode): row for row in library.entries.all()}
    entries = list(entries)
    fresh = [entry for entry in entries if (entry.term, entry.mode) not in existing]
    fresh_keys = {(entry.term, entry.mode) for entry in fresh}
    added = 0
    if fresh and len(fresh_keys) == len(fresh):
        # New entries, each once (a starter library's first seeding: thousands), written
        # with their history in two statements instead of two for each entry.
        existing.update(_create_entries(library, fresh, actor, reason))
        added = len(fresh)
        entries = [entry for entry in entries if (entry.term, entry.mode) not in fresh_keys]
    changed = unchanged = kept_local = 0
    for entry in entries:
        wanted = entry_snapshot(entry)
        row = existing.get((entry.term, entry.mode))
        if row is None:
            row = existing[(entry.term, entry.mode)] = _create_entry(library, entry)
            _record(row, actor, reason, before={}, after=wanted)
            added += 1
            continue
        before = entry_snapshot(row)
        if before == wanted:
            unchanged += 1
            continue
        after, kept = wanted, []
        if respect_local_changes:
            last = row.history.filter(action=KeywordEntryHistory.Action.IMPORTED).first()
            if last is not None and last.after == wanted:
                # The file has not changed since it was seeded; staff have: theirs wins.
                kept_local += 1
                continue
            if last is not None:
                # The file changed some fields since it was seeded (a definition given its
                # Spanish): those take the file's value; a field only staff changed (a severity,
                # the exceptions they accepted) stays theirs.
                kept = [f for f, v in wanted.items() if v == last.after.get(f) and before[f] != v]
                after = {**wanted, **{field: before[field] for field in kept}}
                if after == before:
                    kept_local += 1
                    continue
        row.category = after["category"]
        row.severity = after["severity"]
        row.definition = after["definition"]
        row.exceptions = "|".join(after["exceptions"])
        row.save(update_fields=[*_ENTRY_FIELDS, "updated_at"])
        # The import's history holds what the file says: the next seeding compares against it.
        _record(row, actor, reason, before=before, after=wanted)
        if kept:
            _record(
                row,
                actor,
                f"Kept as staff changed it: {', '.join(kept)}",
                before=wanted,
                after=after,
                action=KeywordEntryHistory.Action.CHANGED,
            )
        changed += 1
    if added or changed:
        bump_version(library)
    return ImportReport(library.name, added, changed, unchanged, kept_local)


@transaction.atomic
def import_library(
    name: str, csv_text: str, actor: Any = None, reason: str = "", *, title: str = ""
) -> ImportReport:
    """Add and update entries of library ``name`` from CSV (the library file format).

    Everything is checked first: on any problem nothing is written and LibraryError lists
    each bad line. Entries not in the file are left alone, and so is whether an entry is
    excluded: an import never undoes a reviewed exclusion.
    """
    if not reason.strip():
        raise LibraryError(["an import needs a reason, kept in each entry's history"])
    entries = validate_csv(name, csv_text)
    library, _ = KeywordLibrary.objects.get_or_create(
        name=name, defaults={"title": title or name.replace("_", " ").capitalize()}
    )
    return _apply(library, entries, actor, reason.strip(), respect_local_changes=False)


@transaction.atomic
def add_entry(library: KeywordLibrary, fields: dict[str, Any], actor: Any, reason: str):
    """One entry typed into the admin, checked by exactly what checks a line of an imported
    file (`validate_csv`); LibraryError lists every problem and nothing is written."""
    from moderation.staff import audit

    if not reason.strip():
        raise LibraryError(["a new entry needs a reason, kept in its history"])
    single = io.StringIO()
    writer = csv.writer(single, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerow([str(fields.get(column) or "") for column in CSV_HEADER])
    try:
        [entry] = validate_csv("new entry", single.getvalue())
    except LibraryError as error:  # "new entry:2: problem": the line means nothing here
        raise LibraryError([p.split(": ", 1)[-1] for p in error.problems]) from None
    if library.entries.filter(term=entry.term, mode=entry.mode).exists():
        raise LibraryError([f"{entry.term!r} ({entry.mode}) is already here: edit that entry"])
    added = _create_entry(library, entry)
    _record(
        added,
        actor,
        reason.strip(),
        before={},
        after=entry_snapshot(entry),
        action=KeywordEntryHistory.Action.ADDED,
    )
    bump_version(library)
    audit.record(actor, "entry.added", added, reason=reason.strip(), term=added.term)
    return added


def export_library(name: str) -> str:
    """Library ``name`` as CSV in the library file format (excluded entries are left out)."""
    library = KeywordLibrary.objects.get(name=name)
    rows = library.entries.filter(excluded=False).order_by("term", "mode")
    excluded = library.entries.filter(excluded=True).count()
    comment = f"# {library.title}: version {library.version}, exported {timezone.now():%Y-%m-%d}"
    if excluded:
        comment += f"; {excluded} excluded entries not exported"
    return comment + "\n" + dump_entries(_to_entry(row) for row in rows)


@transaction.atomic
def seed_starter_libraries(actor: Any = None) -> list[ImportReport]:
    """Create or update the starter libraries from moderation/libraries/ (re-runnable).

    A field of a starter entry staff have since changed (its severity, the exceptions they
    accepted) keeps their value unless the shipped file changed that field too; entries staff
    added or excluded are never touched.
    """
    from moderation.engine import load_entries

    reports = []
    for starter in starter_libraries():
        library, created = KeywordLibrary.objects.get_or_create(
            name=starter.name,
            defaults={"title": starter.title, "description": starter.description},
        )
        reports.append(
            _apply(
                library,
                load_entries(starter.path),
                actor,
                f"Starter library {starter.name}, version {starter.version}",
                respect_local_changes=not created,
            )
        )
    return reports


# --- Demo data ----------------------------------------------------------------------------


def load_demo_libraries(stdout: Any) -> None:
    """`make demo`: the starter libraries, a default routing rule and two trusted adults."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from moderation.flags.routing import safeguarding_leads
    from moderation.models import RoutingRule, TrustedAdult
    from moderation.staff.permissions import LEADS_GROUP

    reports = seed_starter_libraries()
    stdout.write(
        f"Keyword libraries: {sum(r.added for r in reports)} entries added, "
        f"{sum(r.changed for r in reports)} changed."
    )
    group, _ = Group.objects.get_or_create(name=LEADS_GROUP)
    rule, created = RoutingRule.objects.get_or_create(
        is_default=True,
        defaults={"name": "Everything to the safeguarding leads", "priority": 1000},
    )
    if created:
        rule.groups.add(group)
        rule.escalate_to_groups.add(group)
    users = get_user_model().objects
    for username, display, role, role_es in (
        (
            "safeguarding",
            "Ms Rivera",
            "Designated safeguarding lead",
            "Coordinadora de bienestar y protección",
        ),
        ("admin", "Mr Okafor", "School counsellor", "Orientador escolar"),
    ):
        user = users.filter(username=username).first()
        if user is not None:
            TrustedAdult.objects.get_or_create(
                user=user,
                defaults={"display_name": display, "role_title": role, "role_title_es": role_es},
            )
    stdout.write("Moderation: default routing rule and trusted adults ready.")
    # Where `make demo` shows an alert: critical ones are sent within the request (runserver's
    # console), the rest by the task worker (its log).
    addresses = ", ".join(lead.email for lead in safeguarding_leads() if lead.email)
    if addresses:
        stdout.write(
            f"Alert e-mails to {addresses}: printed on this console for a critical post, "
            "in demo-worker.log for the others."
        )


# A library switched on or off (or deleted) in this process is read afresh at the next scan.
post_save.connect(_versions.forget, sender=KeywordLibrary, dispatch_uid="library-versions-saved")
post_delete.connect(
    _versions.forget, sender=KeywordLibrary, dispatch_uid="library-versions-deleted"
)
