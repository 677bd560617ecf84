"""What a loader writes to the test database, made once a session and put back in a moment.

The real curriculum takes 20 to 40 seconds to load on this two-core machine (some 150 pages
saved, published and indexed). The rolled-back tests need it once a session; a transactional
test (every browser journey) ends with the test database flushed, so each journey used to load
it, or all of `make demo`, again. Instead it is loaded once a session and a copy of every table
kept; every later need of it puts the copy back (SQLite: the backup API; PostgreSQL: a schema
of copied tables, inside the test database, so it goes when that does). A load always starts
from what `migrate` made (a copy kept when the test database is created), whatever tests ran
before it, so the database a test starts from is the one `migrate` then the load make, row for
row, primary keys included, as on a fresh install (`make demo` migrates, then loads).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_KEPT: dict[tuple, Snapshot] = {}
MIGRATED = ("migrated",)


@dataclass
class Snapshot:
    name: str
    sqlite_copy: sqlite3.Connection | None = None
    schema: str = ""
    tables: list[str] = field(default_factory=list)
    filled: dict[str, str] = field(default_factory=dict)  # table -> its column list
    sequences: list[tuple[str, int | None]] = field(default_factory=list)
    result: Any = None  # what the load returned


def keep_migrated() -> None:
    """Keep what `migrate` made: called once the test database is created (tests/conftest.py)."""
    from django.db import connection

    _KEPT[MIGRATED] = _take(connection, "migrated")


def curriculum_loaded() -> Any:
    """The test database as `migrate` then loading the real curriculum leave it; returns the
    load's report (the same report each time)."""
    from curriculum.importer import load_curriculum

    return loaded("curriculum", load_curriculum)


def loaded(name: str, load: Callable[[], Any], *, key: tuple = ()) -> Any:
    """Leave the test database exactly as `migrate` then `load()` would, and return what
    `load()` returned: the first time for this name and key by putting back what `migrate`
    made and calling it, afterwards by putting back the copy kept then."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches
    from django.db import connection

    kept = _KEPT.get((name, *key))
    if kept is None:
        migrated = _KEPT.get(MIGRATED)
        if migrated is None:
            raise RuntimeError("no copy of the migrated test database: see tests/conftest.py")
        # Earlier tests may have left rows behind (session-wide data) or flushed the database
        # (transactional tests): start from what `migrate` made.
        _restore(connection, migrated)
        _forget_everything_kept(settings, caches, ContentType)
        result = load()
        kept = _take(connection, name)
        kept.result = result
        _KEPT[(name, *key)] = kept
    else:
        _restore(connection, kept)
    # Every test starts with empty caches (the database cache's tables came back with the
    # copy): nothing kept against the copy's unchanging keys (the public pages' generation, a
    # compiled library's version) may carry an earlier test's state into this one; and the
    # content types' ids are the copy's again, not those a flush remade.
    _forget_everything_kept(settings, caches, ContentType)
    return kept.result


def _forget_everything_kept(settings, caches, content_types) -> None:
    content_types.objects.clear_cache()
    for alias in settings.CACHES:
        caches[alias].clear()
    _forget_process_caches()


def _forget_process_caches() -> None:
    # A fresh load makes new primary keys; the copy's are the same every time, so nothing
    # this process compiled for an earlier journey's rows may be taken for this one's.
    from moderation.keywords.store import forget_compiled_library

    forget_compiled_library()


def _take(connection, name: str) -> Snapshot:
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        return Snapshot(name, sqlite_copy=copy)
    if connection.vendor != "postgresql":
        raise NotImplementedError(f"no snapshot for {connection.vendor}")
    schema = f"test_snapshot_{name}"
    with connection.cursor() as cursor:
        tables = [
            t for t in connection.introspection.table_names(cursor) if t != "django_migrations"
        ]
        cursor.execute(
            "SELECT table_name, string_agg(quote_ident(column_name), ', ' "
            "ORDER BY ordinal_position) FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND is_generated = 'NEVER' "
            "GROUP BY table_name"
        )
        columns = dict(cursor.fetchall())
        cursor.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        cursor.execute(f'CREATE SCHEMA "{schema}"')
        filled = {}
        for table in tables:
            cursor.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")')
            if cursor.fetchone()[0]:
                cursor.execute(f'CREATE TABLE "{schema}"."{table}" AS TABLE "{table}"')
                filled[table] = columns[table]
        cursor.execute(
            "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value "
            "FROM pg_sequences WHERE schemaname = current_schema()"
        )
        sequences = cursor.fetchall()
    return Snapshot(name, schema=schema, tables=tables, filled=filled, sequences=sequences)


def _restore(connection, kept: Snapshot) -> None:
    connection.ensure_connection()
    if kept.sqlite_copy is not None:
        # Page by page over the live server's shared in-memory database; no transaction is
        # open between transactional tests.
        kept.sqlite_copy.backup(connection.connection)
        return
    from django.db import transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        # After a flush only what post_migrate remade has rows: emptying just those tables
        # takes a fraction of a TRUNCATE of every table.
        cursor.execute(
            " UNION ALL ".join(
                f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM \"{t}\")" for t in kept.tables
            )
        )
        for (table,) in cursor.fetchall():
            cursor.execute(f'DELETE FROM "{table}"')
        for table, columns in kept.filled.items():
            cursor.execute(
                f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM "{kept.schema}"."{table}"'
            )
        for sequence, last_value in kept.sequences:
            cursor.execute(
                "SELECT setval(%s, %s, %s)", [sequence, last_value or 1, last_value is not None]
            )
