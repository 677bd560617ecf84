"""What every gunicorn worker would otherwise do at its first request, done once in the master
before it forks them (`gunicorn --preload`; upstander/wsgi.py calls `warm_up`).

A worker's first post used to import the URLconf and its views, fetch the compiled keyword
library from Redis (37 MB, 0.27 s) and work out the library's spelling lexicon (0.4 s of CPU):
four workers paid it four times, each inside a request a student was waiting on. Done in the
master, the workers inherit it all (and share its pages). The master needs the database and
Redis for it, so it closes every connection before the fork: a socket two processes share
interleaves their queries. If either service is away the workers warm up as before, one first
request each.
"""

from __future__ import annotations

import logging

from django.core.cache import caches
from django.db import connections
from django.urls import get_resolver

logger = logging.getLogger("upstander.preload")


def warm_up() -> None:
    """Load what the first post would, then close every connection this process opened."""
    from moderation.keywords.store import active_library
    from moderation.scanning.spanish import scan_post

    try:
        get_resolver().url_patterns  # noqa: B018 - imports the URLconf and every view
        library = active_library()  # the versions from the database, the library from Redis
        scan_post(library.compiled, "warming up", language=None)  # builds the lexicon
    except Exception as exc:  # noqa: BLE001 - a worker warms up by itself at its first post
        logger.warning("not warmed up before the fork (each worker will be): %s", exc)
    finally:
        close_connections()


def close_connections() -> None:
    """Close this process's database connections and Redis sockets (before a fork)."""
    connections.close_all()
    for cache in caches.all(initialized_only=True):
        disconnect = getattr(cache, "disconnect", None)
        if disconnect is not None:
            disconnect()
