"""Where the LTI flow keeps what must outlive a request but never be forgotten early.

Single-use markers (used nonces, one-time continue tokens), login records and pylti1p3's state
and nonce records live in the `lti_state` cache alias, not the default cache: the default
database cache culls a third of its keys once it holds MAX_ENTRIES, and a culled "used" marker
let a replayed id_token in again (issue 10). `lti_state` is Redis with TTLs where REDIS_URL is
set (Redis evicts nothing under its default `noeviction` policy) and otherwise this database
cache on a table of its own, which drops expired rows and never a live one.
"""

from __future__ import annotations

from django.core.cache import BaseCache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connections

LTI_STATE_CACHE = "lti_state"


def state_cache() -> BaseCache:
    """The durable, expiring store for LTI state (looked up per call, so tests can swap it)."""
    return caches[LTI_STATE_CACHE]


class DurableDatabaseCache(DatabaseCache):
    """A DatabaseCache that never evicts a live entry.

    Django's `_cull` deletes expired rows and then, if the table is still over MAX_ENTRIES, the
    alphabetically first third of the live ones (or, with CULL_FREQUENCY 0, everything). Here
    MAX_ENTRIES only says how full the table gets before expired rows are swept: the sweep
    runs on writes while the table is over it, and live rows stay until they expire.
    """

    def _cull(self, db, cursor, now, num) -> None:
        connection = connections[db]
        quote_name = connection.ops.quote_name
        cursor.execute(
            f"DELETE FROM {quote_name(self._table)} WHERE {quote_name('expires')} < %s",
            [connection.ops.adapt_datetimefield_value(now)],
        )
