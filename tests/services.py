"""Real services for tests: used when present; missing ones skip locally and fail in CI."""

import os

import pytest


def require(available: bool, what_to_install: str) -> None:
    if available:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what_to_install} (required in CI)")
    pytest.skip(what_to_install)


def redis_url() -> str:
    # Without REDIS_URL (CI's SQLite pass), the last databases: 15 for the first worker, 14 for
    # the next (the test settings have already given each worker its own REDIS_URL database).
    from upstander.settings.test import xdist_worker_number

    url = os.environ.get("REDIS_URL") or f"redis://127.0.0.1:6379/{15 - xdist_worker_number()}"
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception:  # noqa: BLE001 - any failure means "no Redis here"
        require(
            False,
            f"Redis is not reachable at {url}: install and start redis-server to run this test",
        )
    return url


def everything_cached() -> str:
    """Every key and value in every configured cache, as text: the database cache tables on the
    embedded default, every Redis key where the caches are Redis. For tests that prove
    something (an address, a name) is not kept anywhere."""
    import base64
    import pickle

    from django.conf import settings
    from django.core.cache import caches
    from django.db import connection

    chunks = []
    for alias, config in settings.CACHES.items():
        backend = caches[alias]
        if "redis" in config["BACKEND"].lower():
            client = backend._cache.get_client(write=False)
            for key in client.scan_iter(count=1000):
                value = client.get(key)
                try:
                    value = repr(pickle.loads(value))
                except Exception:  # noqa: BLE001 (a plain integer counter, say)
                    value = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                chunks.append(key.decode("latin-1") + " " + value)
        elif hasattr(backend, "_table"):
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT cache_key, value FROM {connection.ops.quote_name(backend._table)}"
                )
                for key, value in cursor.fetchall():
                    decoded = base64.b64decode(value)
                    try:
                        text = repr(pickle.loads(decoded))
                    except Exception:  # noqa: BLE001
                        text = decoded.decode("latin-1", "replace")
                    chunks.append(key + " " + text)
    return "\n".join(chunks)


def every_cell() -> list[str]:
    """Every value in every table of the test database, as text: what a search of the whole
    database for a student's words or a claim code would find."""
    from django.db import connection

    cells = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            cells += [str(cell) for row in cursor.fetchall() for cell in row]
    return cells
