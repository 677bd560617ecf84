"""gunicorn's master loads the application and forks its workers (--preload). The keyword
library and its spelling lexicon are loaded in the master, so a worker's first post waits for
neither; and the master closes its database and Redis connections before the fork, so no two
workers ever talk over one socket."""

from __future__ import annotations

import json
import os

import pytest
from django.core.cache import caches
from django.db import connection

from moderation.api.integrations import scan_submission
from moderation.keywords import store
from moderation.models import KeywordEntry, KeywordLibrary
from moderation.scanning import respelling
from upstander.preload import warm_up
from upstander.redis_cache import RedisCache

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def keyword_library():
    store.forget_compiled_library()
    library = KeywordLibrary.objects.create(name="school", title="The school's words")
    KeywordEntry.objects.create(
        library=library, term="loser", category="bullying", severity=2, definition="An insult."
    )
    yield
    store.forget_compiled_library()


def open_sockets() -> list[object]:
    """The Redis connections of this process's caches that have a socket open."""
    return [
        conn
        for cache in caches.all(initialized_only=True)
        for pool in getattr(getattr(cache, "_cache", None), "_pools", {}).values()
        for conn in (*pool._available_connections, *pool._in_use_connections)
        if getattr(conn, "_sock", None) is not None
    ]


def in_a_forked_worker(work) -> dict:
    """Run `work` in a child forked from this process, as gunicorn forks a worker; its result."""
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        os.close(reading)
        try:
            answer = {"result": work()}
        except BaseException as exc:  # noqa: BLE001 - reported to the test, never raised here
            answer = {"error": repr(exc)}
        os.write(writing, json.dumps(answer).encode())
        os._exit(0)
    os.close(writing)
    with os.fdopen(reading) as pipe:
        answer = json.loads(pipe.read() or '{"error": "the worker died"}')
    os.waitpid(pid, 0)
    assert "error" not in answer, answer["error"]
    return answer["result"]


def test_a_worker_forked_after_the_warm_up_scans_its_first_post_without_loading_anything(
    monkeypatch,
):
    respelling._LEXICONS.clear()
    caches["default"].get("anything")  # a Redis socket open, as the master's would be
    warm_up()
    loaded, built = [], []
    real_load, real_build = store._shared_or_compiled, respelling.lexicon
    monkeypatch.setattr(store, "_shared_or_compiled", lambda *a: loaded.append(a) or real_load(*a))
    monkeypatch.setattr(respelling, "lexicon", lambda *a: built.append(a) or real_build(*a))

    def first_post():
        terms = [m.entry.term for m in scan_submission(text="you are such a loser").matches]
        return {"matched": terms, "loaded": len(loaded), "built": len(built)}

    assert in_a_forked_worker(first_post) == {"matched": ["loser"], "loaded": 0, "built": 0}


def test_the_master_keeps_no_connection_for_its_workers_to_share():
    connection.ensure_connection()
    caches["default"].set("warm", 1)
    if isinstance(caches["default"], RedisCache):  # REDIS_URL: a socket to close
        assert open_sockets()
    warm_up()
    assert open_sockets() == []
    # (SQLite's test database lives in memory: Django never closes it, nor is it a socket.)
    assert connection.connection is None or connection.is_in_memory_db()


def test_a_master_that_cannot_reach_its_services_still_starts(monkeypatch, caplog):
    def away(*args):
        raise ConnectionError("Redis is away")

    monkeypatch.setattr(store, "_shared_or_compiled", away)
    warm_up()
    assert "not warmed up before the fork" in caplog.text
    assert open_sockets() == []
