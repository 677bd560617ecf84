"""`make demo` keeps everything in one SQLite file that the web server and the task worker
write at the same time; neither may fail with "database is locked"."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from django.conf import settings
from django.db import OperationalError, connections, transaction


def _use_file_database(alias: str, path: str, options: dict) -> None:
    connections.settings[alias] = {
        **connections.settings["default"],
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": path,
        "OPTIONS": options,
        "TEST": {},
    }


def _two_writers_at_once(alias: str) -> list[Exception]:
    """Both read, then both write, as a request saving a post and the worker claiming a task
    do; returns what went wrong."""
    failures: list[Exception] = []
    both_read = threading.Barrier(2, timeout=1)

    def writer(n: int) -> None:
        try:
            with transaction.atomic(using=alias):
                cursor = connections[alias].cursor()
                cursor.execute("SELECT count(*) FROM work")
                try:
                    both_read.wait()
                except threading.BrokenBarrierError:
                    pass  # the other one waits for the write lock: it cannot have read yet
                time.sleep(0.2)
                cursor.execute("INSERT INTO work (n) VALUES (%s)", [n])
        except OperationalError as error:
            failures.append(error)
        finally:
            connections[alias].close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


@pytest.fixture
def file_database(tmp_path, django_db_blocker):
    aliases = []

    def make(options: dict) -> str:
        alias = f"demo_file_{uuid.uuid4().hex[:8]}"
        aliases.append(alias)
        _use_file_database(alias, str(tmp_path / f"{alias}.sqlite3"), options)
        with connections[alias].cursor() as cursor:
            cursor.execute("CREATE TABLE work (n integer)")
        connections[alias].close()
        return alias

    with django_db_blocker.unblock():
        yield make
    for alias in aliases:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]


def test_the_web_server_and_the_worker_write_at_once_without_locking_each_other_out(
    file_database,
):
    alias = file_database(settings.SQLITE_OPTIONS)
    assert _two_writers_at_once(alias) == []
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM work")
        assert cursor.fetchone()[0] == 2


def test_sqlites_own_defaults_would_fail_one_of_them(file_database):
    """Why the options are there: with deferred transactions, one writer is refused."""
    alias = file_database({})
    failures = _two_writers_at_once(alias)
    assert [str(error) for error in failures] == ["database is locked"]
