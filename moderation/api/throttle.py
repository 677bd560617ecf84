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
        warn_now_and_then(
            logger,
            "api-throttle",
            "API rate limit store unavailable; letting requests through: %s",
            exc,
        )
        return Decision(True, 0)
    if used <= rate.limit:
        return Decision(True, 0)
    return Decision(False, (window + 1) * rate.seconds - now)


class IntegrationRateThrottle(BaseThrottle):
    """One budget per integration and scope; the rate by scope in REST_FRAMEWORK's
    DEFAULT_THROTTLE_RATES, read at each request so that settings changes take effect."""

    def __init__(self) -> None:
        self.retry_after: float | None = None

    def allow_request(self, request: Request, view: APIView) -> bool:
        scope = getattr(view, "throttle_scope", None)
        rates = api_settings.DEFAULT_THROTTLE_RATES or {}
        if not scope or not rates.get(scope) or not isinstance(request.auth, ApiKey):
            return True
        decision = take(f"{scope}:{request.auth.integration_id}", parse_rate(rates[scope]))
        self.retry_after = decision.retry_after
        return decision.allowed

    def wait(self) -> float | None:
        return self.retry_after
