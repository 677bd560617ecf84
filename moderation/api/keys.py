"""API keys for integrations: made once, shown once, stored only as a hash.

A key is 43 URL-safe characters. Its first eight (`prefix`) are kept in clear so that a request
finds its key with one indexed lookup and staff can tell keys apart; the whole key is kept only
as its SHA-256 (a key has 256 bits of entropy, so a slow hash would add nothing but latency).
The admin screen for keys and the `create_api_key` command both make keys here.

Every key speaks for one `Integration`: the key's name names it, so a read key and a write key
made with the same name belong to the same integration and see the same posts.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from datetime import timedelta
from typing import Any

from django.core.cache import cache, caches
from django.db import IntegrityError, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from moderation.api import throttle
from moderation.flags.hot_path import warn_now_and_then
from moderation.models import ApiKey, Integration

PREFIX_LENGTH = 8
KEY_BYTES = 32
# Writing `last_used_at` on every request would make each API call a write; once a minute will do.
LAST_USED_RESOLUTION = timedelta(minutes=1)
# A key found is kept this long in the default cache; saving or deleting it drops it at once.
KEY_CACHE_SECONDS = 300
logger = logging.getLogger("moderation.api.keys")
# When this worker last wrote each key's `last_used_at`.
_touched: dict[str, Any] = {}
# The integration and scope of each key this worker found, by the key's hash: what lets the
# next request count its budget in the round trip that reads the key (find_key_and_take).
_seen: dict[str, tuple[int, str]] = {}
# The key last read from the cache, by its hash: the bytes the cache held and the key they
# make. A request whose round trip brings back the same bytes takes the same key, unpickled
# once, not at every request (0.1 ms of CPU each). Only bytes read from the cache on this very
# request are compared: a key saved or deleted anywhere is dropped from the cache at once
# (forget_key), so its next request gets no bytes, or other bytes, and reads it afresh.
_unpickled: dict[str, tuple[bytes, Any]] = {}
_UNPICKLED_MAX = 1000

READ = "read"
WRITE = "write"
_SCOPES_ALLOWING = {
    READ: {ApiKey.Scope.READ, ApiKey.Scope.READ_WRITE},
    WRITE: {ApiKey.Scope.WRITE, ApiKey.Scope.READ_WRITE},
}
# secrets.token_urlsafe's alphabet.
_KEY_CHARACTERS = re.compile(r"[A-Za-z0-9_-]+\Z")
# Compared against when no key has the prefix, so a miss costs what a hit costs.
_DUMMY_HASH = hashlib.sha256(b"no such key").hexdigest()


def hash_key(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def create_api_key(
    name: str, scope: str = ApiKey.Scope.WRITE, integration: Integration | None = None
) -> tuple[ApiKey, str]:
    """Make a key for `integration` (by default the one called `name`, made if new); returns
    the stored record and the key itself, which is never kept."""
    if scope not in ApiKey.Scope.values:
        raise ValueError(f"scope must be one of {', '.join(ApiKey.Scope.values)}")
    if integration is None:
        integration, _ = Integration.objects.get_or_create(name=name)
    for _ in range(5):
        raw_key = secrets.token_urlsafe(KEY_BYTES)
        try:
            with transaction.atomic():
                key = ApiKey.objects.create(
                    name=name,
                    integration=integration,
                    prefix=raw_key[:PREFIX_LENGTH],
                    key_hash=hash_key(raw_key),
                    scope=scope,
                )
        except IntegrityError:  # another key has these first characters: draw again
            continue
        return key, raw_key
    raise RuntimeError("could not find an unused key prefix")


def find_key(raw_key: str) -> ApiKey | None:
    """The active key `raw_key` is, or None. Constant-time in the part that matters.

    A key found is kept in the default cache (Redis at scale) under its hash, so a request
    costs no SQL for it; saving or deleting the key (deactivating it in the admin, say) drops
    that entry at once, for every worker. A cache that is down means a database lookup."""
    if not (PREFIX_LENGTH <= len(raw_key) <= 200 and _KEY_CHARACTERS.match(raw_key)):
        return None  # not one of ours; never sent to the database (PostgreSQL refuses a NUL)
    digest = hash_key(raw_key)
    key = cached = _cached(digest)
    if key is None:
        keys = ApiKey.objects.select_related("integration")
        key = keys.filter(prefix=raw_key[:PREFIX_LENGTH]).first()
    stored = key.key_hash if key is not None else _DUMMY_HASH
    if not hmac.compare_digest(stored, digest) or key is None or not key.active:
        return None
    if cached is None:  # one write per key and KEY_CACHE_SECONDS, not one per request
        _remember(digest, key)
    _seen[digest] = (key.integration_id, key.scope)
    return key


def find_key_and_take(
    raw_key: str, need: str, scope: str | None
) -> tuple[ApiKey | None, throttle.Decision | None]:
    """`find_key`, and the request counted against its integration's budget for `scope`, in
    one round trip to Redis where this worker has found the key before (two round trips were a
    fifth of a clean post's CPU). The decision is None when the request was not counted here:
    the throttle counts it as ever. A key that is no longer what this worker saw (switched off,
    moved to another integration, another scope) has the count taken back and is looked up
    afresh."""
    rate = throttle.rate_for(scope)
    ours = PREFIX_LENGTH <= len(raw_key) <= 200 and _KEY_CHARACTERS.match(raw_key)
    digest = hash_key(raw_key) if ours else ""
    seen = _seen.get(digest)
    if rate is None or seen is None or seen[1] not in _SCOPES_ALLOWING[need]:
        return find_key(raw_key), None
    taken = throttle.take_and_get(
        throttle.budget_of(scope, seen[0]), rate, caches["default"], _cache_key(digest)
    )
    if taken is None:
        return find_key(raw_key), None
    key = _from_cache(digest, taken.raw)
    if (
        not isinstance(key, ApiKey)
        or not hmac.compare_digest(key.key_hash, digest)
        or not key.active
        or (key.integration_id, key.scope) != seen
    ):
        taken.undo()
        _seen.pop(digest, None)
        return find_key(raw_key), None
    return key, taken.decision


def _from_cache(digest: str, raw: bytes | None) -> Any:
    """What the cache's bytes `raw` for key `digest` hold (None for none, or unreadable)."""
    if raw is None:
        return None
    known = _unpickled.get(digest)
    if known is not None and known[0] == raw:
        return known[1]
    try:
        value = caches["default"]._cache._serializer.loads(raw)
    except Exception:  # noqa: BLE001 - not what we stored: looked up afresh
        return None
    if len(_unpickled) >= _UNPICKLED_MAX:
        _unpickled.clear()
    _unpickled[digest] = (raw, value)
    return value


def need_of(method: str) -> str:
    """What a request of `method` needs of its key: reading (GET) or writing (POST)."""
    return READ if method in ("GET", "HEAD", "OPTIONS") else WRITE


def _cache_key(digest: str) -> str:
    return f"moderation:api-key:{digest}"


def _cached(digest: str) -> ApiKey | None:
    try:
        found = cache.get(_cache_key(digest))
    except Exception as exc:  # noqa: BLE001 - no cache: the database answers
        warn_now_and_then(logger, "api-key-cache", "API key cache unavailable: %s", exc)
        return None
    return found if isinstance(found, ApiKey) else None


def _remember(digest: str, key: ApiKey) -> None:
    try:
        cache.add(_cache_key(digest), key, KEY_CACHE_SECONDS)
    except Exception as exc:  # noqa: BLE001
        warn_now_and_then(logger, "api-key-cache", "API key cache unavailable: %s", exc)


def forget_key(sender: Any = None, instance: ApiKey | None = None, **kwargs: Any) -> None:
    """Drop a saved or deleted key from the cache (after commit too, so no request that read
    the old row can put it back in between)."""
    if instance is None or not instance.key_hash:
        return
    name = _cache_key(instance.key_hash)

    def drop() -> None:
        try:
            cache.delete(name)
        except Exception:  # noqa: BLE001 - the entry expires after KEY_CACHE_SECONDS anyway
            logger.error("could not drop API key %s from the cache", instance.prefix)

    drop()
    transaction.on_commit(drop)


post_save.connect(forget_key, sender=ApiKey, dispatch_uid="api-key-saved")
post_delete.connect(forget_key, sender=ApiKey, dispatch_uid="api-key-deleted")


def key_allows(key: ApiKey, need: str) -> bool:
    """Whether `key` may do `need` ("read" for GET, "write" for POST)."""
    return key.scope in _SCOPES_ALLOWING[need]


def touch(key: ApiKey) -> None:
    """Record that `key` was used, at most once per LAST_USED_RESOLUTION per worker (the key
    may come from the cache, with the `last_used_at` it had when it was cached)."""
    now = timezone.now()
    last = max(filter(None, (key.last_used_at, _touched.get(key.key_hash))), default=None)
    if last is None or now - last >= LAST_USED_RESOLUTION:
        # A queryset update sends no post_save: the cached key stays cached.
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
        key.last_used_at = now
        _touched[key.key_hash] = now
