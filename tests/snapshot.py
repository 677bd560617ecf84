"""What a loader writes to the test database, made once a session and put back in a moment.

A transactional test (every browser journey) ends with the test database flushed, so each
journey used to load the curriculum, or all of `make demo`, again: 10 to 20 seconds each on
this two-core machine, and some 150 lesson pictures written to media/ every time. Instead, the
first journey flushes, loads as before and keeps a copy of every table; each later one puts
the copy back (SQLite: the backup API; PostgreSQL: a schema of copied tables, inside the test
database, so it goes when that does). The database a journey starts from is the one a fresh
load makes, row for row, primary keys included.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_KEPT: dict[tuple, Snapshot] = {}


@dataclass
class Snapshot:
    name: str
    sqlite_copy: sqlite3.Connection | None = None
    schema: str = ""
    tables: list[str] = field(default_factory=list)
    filled: dict[str, str] = field(default_factory=dict)  # table -> its column list
    sequences: list[tuple[str, int | None]] = field(default_factory=list)


def loaded(name: str, load: Callable[[], Any], *, key: tuple = ()) -> None:
    """Leave the test database exactly as flushing it and calling `load()` would: the first
    time for this name and key by doing so, afterwards by putting back the copy kept then."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches
    from django.core.management import call_command
    from django.db import connection

    kept = _KEPT.get((name, *key))
    if kept is None:
        # The first journey may follow tests that left rows behind (session-wide data):
        # start from what every later journey starts from, a flushed database.
        call_command("flush", verbosity=0, interactive=False)
        ContentType.objects.clear_cache()
        for alias in settings.CACHES:
            caches[alias].clear()
        load()
        _KEPT[(name, *key)] = _take(connection, name)
    else:
        _restore(connection, kept)
        # The content types' ids are the copy's again, not those the flush remade.
        ContentType.objects.clear_cache()
    # Every journey starts with empty caches (the database cache's tables came back with the
    # copy): nothing kept against the copy's unchanging keys (the public pages' generation, a
    # compiled library's version) may carry an earlier journey's state into this one.
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
