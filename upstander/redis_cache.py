"""Django's Redis cache, keeping one redis-py client per connection pool.

Django's client makes a new `redis.Redis` for every cache call, and redis-py builds its table
of about 170 response callbacks in each one: on the API's hot path (the key, the rate limit,
the page cache's generation) that was a third of a millisecond of CPU per call. A `Redis`
object holds no connection of its own (its pool does, and the pool notices a fork), so one
per pool serves every call and thread of the process.
"""

from __future__ import annotations

from typing import Any

from django.core.cache.backends import redis as django_redis


class ReusingRedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def get_master_client(self) -> Any:
        """The client for writes: what django-rq takes for a queue under `USE_REDIS_CACHE`
        (settings.RQ_QUEUES), so that sending a task opens no connection of its own."""
        return self._cache.get_client(write=True)

    def disconnect(self) -> None:
        """Close every socket this cache's pools hold (before gunicorn forks its workers: each
        then opens its own). The pools stay: the next call connects afresh."""
        for pool in list(self._cache._pools.values()):
            pool.disconnect()
