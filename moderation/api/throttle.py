"""The REST API's request budget: per integration and scope (read or write), a fixed-window
counter in the `limits` cache.

- Exact under concurrency: on Redis one script, `INCR` and `EXPIRE` (atomic on the server);
  on the database cache the add and the increment run in one transaction, which SQLite's
  IMMEDIATE mode serialises (PostgreSQL without Redis is not a supported production set-up).
- Constant in size: one integer per integration, scope and window, expiring with the window
  (DRF's own throttle kept a list of every request's time: 158 KiB per request at 300/s).
- Failing open: when the store is down the request goes through and a warning is logged (at
  most once every 10 seconds), so a Redis outage never turns the API into 500s.

Rates are `<requests>/<period>`: `300/s`, `3000/10s`, `600/min`, `10000/h`.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.db import BaseDatabaseCache
from django.core.cache.backends.redis import RedisCache
from django.db import router, transaction
from redis.exceptions import NoScriptError
from rest_framework.request import Request
from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle
from rest_framework.views import APIView

from moderation.flags.hot_path import warn_now_and_then
from moderation.models import ApiKey

logger = logging.getLogger("moderation.api.throttle")

CACHE_ALIAS = "limits"
_UNITS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([a-z]+)\s*$")


@dataclass(frozen=True, slots=True)
class Rate:
    limit: int
    seconds: int


@lru_cache(maxsize=32)
def parse_rate(text: str) -> Rate:
    found = _RATE.match(text.lower())
    if not found or found.group(3) not in _UNITS:
        raise ValueError(f"{text!r} is not a rate like 300/s, 3000/10s or 600/min")
    limit, count, unit = int(found.group(1)), int(found.group(2) or 1), found.group(3)
    if limit < 1 or count < 1:
        raise ValueError(f"{text!r} is not a usable rate: both numbers must be at least 1")
    return Rate(limit, count * _UNITS[unit])


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    retry_after: float  # seconds until the window ends; 0 when allowed


# Add one, and give the window's first count its expiry: one command, atomic on the server (a
# MULTI/SET NX/INCR/EXEC pipeline was four commands to pack and four answers to read).
_COUNT_SCRIPT = (
    "local n = redis.call('INCR', KEYS[1]) "
    "if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end "
    "return n"
)
_COUNT_SHA = hashlib.sha1(_COUNT_SCRIPT.encode()).hexdigest()  # noqa: S324 - Redis names it so


def _count(store: Any, key: str, ttl: int) -> int:
    """Add one to `key` (made with `ttl` if new) and return its value, atomically."""
    if isinstance(store, RedisCache):
        full_key = store.make_and_validate_key(key)
        client = store._cache.get_client(full_key, write=True)
        try:
            return int(client.evalsha(_COUNT_SHA, 1, full_key, ttl))
        except NoScriptError:  # a Redis that has not seen the script yet (or was restarted)
            return int(client.eval(_COUNT_SCRIPT, 1, full_key, ttl))
    if isinstance(store, BaseDatabaseCache):
        with transaction.atomic(using=router.db_for_write(store.cache_model_class)):
            store.add(key, 0, ttl)
            return store.incr(key)
    store.add(key, 0, ttl)
    return store.incr(key)


def take(ident: str, rate: Rate, now: float | None = None) -> Decision:
    """Count one request of `ident` against `rate`; refused when the window is full."""
    now = time.time() if now is None else now
    window = int(now // rate.seconds)
    try:
        used = _count(caches[CACHE_ALIAS], f"api:{ident}:{window}", rate.seconds + 1)
    except Exception as exc:  # noqa: BLE001 - fail open: the budget is protection, not a gate
        _store_down(exc)
        return Decision(True, 0)
    return _decided(used, rate, window, now)


def _decided(used: int, rate: Rate, window: int, now: float) -> Decision:
    if used <= rate.limit:
        return Decision(True, 0)
    return Decision(False, (window + 1) * rate.seconds - now)


def _store_down(exc: Exception) -> None:
    message = "API rate limit store unavailable; letting requests through: %s"
    warn_now_and_then(logger, "api-throttle", message, exc)


# `take`'s count and the GET of another cache's entry (an API key's), one command for both.
_COUNT_AND_GET_SCRIPT = (
    "local n = redis.call('INCR', KEYS[1]) "
    "if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end "
    "return {n, redis.call('GET', KEYS[2])}"
)
_COUNT_AND_GET_SHA = hashlib.sha1(_COUNT_AND_GET_SCRIPT.encode()).hexdigest()  # noqa: S324
# Taking a count back: never below nothing, never a counter without its expiry.
_UNCOUNT_SCRIPT = "if redis.call('GET', KEYS[1]) then return redis.call('DECR', KEYS[1]) end"


@dataclass(frozen=True, slots=True)
class Taken:
    decision: Decision
    raw: bytes | None  # what the other cache holds under the name asked for, as stored
    undo: Callable[[], None]  # counts the request back out of the budget


def take_and_get(ident: str, rate: Rate, cache: Any, name: str) -> Taken | None:
    """`take`, and the bytes `cache` holds under `name` (unread: `cache._cache._serializer`
    reads them), in one round trip to Redis, on the cache's direct lane
    (upstander/redis_cache.py). None when that cannot be done (the two caches are not on one
    Redis, or it failed): the caller asks them one by one, and each answers or fails open as
    it always does."""
    store = caches[CACHE_ALIAS]
    if not (
        isinstance(store, RedisCache)
        and isinstance(cache, RedisCache)
        and store._servers == cache._servers
        and hasattr(store, "run_script")
    ):
        return None
    now = time.time()
    window = int(now // rate.seconds)
    counter = store.make_and_validate_key(f"api:{ident}:{window}")
    entry = cache.make_and_validate_key(name)
    try:
        used, raw = store.run_script(
            _COUNT_AND_GET_SHA, _COUNT_AND_GET_SCRIPT, (counter, entry), (rate.seconds + 1,)
        )
    except Exception as exc:  # noqa: BLE001 - asked again one by one, each failing open
        _store_down(exc)
        return None

    def undo() -> None:
        try:
            client = store._cache.get_client(counter, write=True)
            client.eval(_UNCOUNT_SCRIPT, 1, counter)
        except Exception as exc:  # noqa: BLE001 - one request too many counted, for one window
            _store_down(exc)

    # A missing entry comes back as nil (RESP2) or null (RESP3): None either way.
    return Taken(_decided(int(used), rate, window, now), raw, undo)


def rate_for(scope: str | None) -> Rate | None:
    """The budget of `scope` in REST_FRAMEWORK's DEFAULT_THROTTLE_RATES (None: no limit), read
    at each request so that settings changes take effect."""
    rates = api_settings.DEFAULT_THROTTLE_RATES or {}
    return parse_rate(rates[scope]) if scope and rates.get(scope) else None


def budget_of(scope: str, integration_id: int) -> str:
    return f"{scope}:{integration_id}"


class IntegrationRateThrottle(BaseThrottle):
    """One budget per integration and scope. The key's authentication may have counted the
    request already, in the same round trip that read the key (`counted_budget` on the
    request, from moderation.api.keys.find_key_and_take): then it is not counted again."""

    def __init__(self) -> None:
        self.retry_after: float | None = None

    def allow_request(self, request: Request, view: APIView) -> bool:
        scope = getattr(view, "throttle_scope", None)
        rate = rate_for(scope)
        if rate is None or not isinstance(request.auth, ApiKey):
            return True
        ident = budget_of(scope, request.auth.integration_id)
        counted = getattr(request, "counted_budget", None)
        if counted is not None and counted[0] == ident:
            decision = counted[1]
        else:
            decision = take(ident, rate)
        self.retry_after = decision.retry_after
        return decision.allowed

    def wait(self) -> float | None:
        return self.retry_after
