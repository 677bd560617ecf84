"""Django's Redis cache, keeping one redis-py client per connection pool, and a direct lane for
the one script every API request runs.

Django's client makes a new `redis.Redis` for every cache call, and redis-py builds its table
of about 170 response callbacks in each one: on the API's hot path (the key, the rate limit,
the page cache's generation) that was a third of a millisecond of CPU per call. A `Redis`
object holds no connection of its own (its pool does, and the pool notices a fork), so one
per pool serves every call and thread of the process.

`RedisCache.run_script` sends one EVALSHA on a connection of the process's (and thread's)
own and reads its answer itself. redis-py's way round the same command (the pool's check of
the connection, its retry and observability wrappers, packing, the parser's layers) was most
of the CPU of a clean post's one Redis call (measured under cProfile: 0.9 of its 1.25 ms).
The connection is made by redis-py, with the cache's own settings (address, database,
password, TLS, time-outs), so only the command and its answer go round it. Any error drops
the connection (the next call makes a new one) and is raised to the caller, which fails open
as it does for any other Redis error.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

from django.core.cache.backends import redis as django_redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError, ResponseError


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
        self._lane = _Lane()

    def run_script(self, sha: str, script: str, keys: Sequence[str], args: Sequence[Any]) -> Any:
        """EVALSHA `sha` (EVAL `script` if the server does not know it yet) with full key names
        (`make_key`'s) on the direct lane. Answers as RESP gives them: int, bytes, None (nil),
        lists of those; an error answer raises redis-py's ResponseError."""
        lane = self._lane.ready(self._cache._get_connection_pool(True))
        try:
            try:
                return lane.ask(pack(b"EVALSHA", sha, len(keys), *keys, *args))
            except NoScriptError:  # a Redis that has not seen the script yet (or was restarted)
                return lane.ask(pack(b"EVAL", script, len(keys), *keys, *args))
        except ResponseError:
            raise  # an answer, read whole: the connection is as good as before
        except BaseException:
            self._lane.drop()
            raise

    def add_directly(self, key: str, value: Any, timeout: int) -> bool:
        """`add(key, value, timeout)` (seconds, at least 1) on the direct lane: the one write a
        flagged post makes to the cache (the mark that its notices' task is queued)."""
        name = self.make_and_validate_key(key)
        data = self._cache._serializer.dumps(value)
        lane = self._lane.ready(self._cache._get_connection_pool(True))
        try:
            answer = lane.ask(pack(b"SET", name, data, b"NX", b"EX", max(1, int(timeout))))
        except ResponseError:
            raise
        except BaseException:
            self._lane.drop()
            raise
        return answer is not None

    def get_master_client(self) -> Any:
        """The client for writes: what django-rq takes for a queue under `USE_REDIS_CACHE`
        (settings.RQ_QUEUES), so that sending a task opens no connection of its own."""
        return self._cache.get_client(write=True)

    def disconnect(self) -> None:
        """Close every socket this cache's pools hold (before gunicorn forks its workers: each
        then opens its own). The pools stay: the next call connects afresh."""
        for pool in list(self._cache._pools.values()):
            pool.disconnect()
        self._lane.drop()


def pack(*parts: Any) -> bytes:
    """A command in RESP: an array of bulk strings."""
    out = [b"*%d\r\n" % len(parts)]
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)


class _Lane(threading.local):
    """This thread's own connection for `run_script`, made again after a fork."""

    connection: Any = None
    pid: int = 0
    buffer: bytes = b""

    def ready(self, pool: Any) -> _Lane:
        if self.connection is None or self.pid != os.getpid():
            # A parent's connection is never closed here: the parent still uses its socket.
            self.connection, self.buffer = None, b""
            connection = pool.connection_class(**pool.connection_kwargs)
            connection.connect()  # redis-py's handshake: AUTH, SELECT, TLS, HELLO
            self.connection, self.pid = connection, os.getpid()
        return self

    def drop(self) -> None:
        connection, self.connection, self.buffer = self.connection, None, b""
        if connection is not None and self.pid == os.getpid():
            try:
                connection.disconnect()
            except Exception:  # noqa: BLE001, S110 - it is being thrown away
                pass

    def ask(self, command: bytes) -> Any:
        self.connection._sock.sendall(command)
        return self._reply()

    # --- RESP answers: what a script returns (integers, strings, nil, arrays, errors) ---------

    def _line(self) -> bytes:
        while (end := self.buffer.find(b"\r\n")) < 0:
            self._fill()
        line, self.buffer = self.buffer[:end], self.buffer[end + 2 :]
        return line

    def _exactly(self, n: int) -> bytes:
        while len(self.buffer) < n + 2:
            self._fill()
        data, self.buffer = self.buffer[:n], self.buffer[n + 2 :]
        return data

    def _fill(self) -> None:
        chunk = self.connection._sock.recv(65536)
        if not chunk:
            raise RedisConnectionError("Redis closed the connection")
        self.buffer += chunk

    def _reply(self, top: bool = True) -> Any:
        line = self._line()
        kind, rest = line[:1], line[1:]
        if kind == b":":
            return int(rest)
        if kind == b"$":
            return None if rest == b"-1" else self._exactly(int(rest))
        if kind == b"*":
            return None if rest == b"-1" else [self._reply(False) for _ in range(int(rest))]
        if kind == b"+":
            return rest
        if kind == b"_":  # RESP3's null
            return None
        if kind == b"#":  # RESP3's boolean
            return rest == b"t"
        if kind == b"-":
            message = rest.decode("utf-8", "replace")
            error = NoScriptError if message.startswith("NOSCRIPT") else ResponseError
            if not top:  # inside an array: the rest of it is still to be read
                return error(message)
            raise error(message)
        raise RedisConnectionError(f"unexpected answer from Redis: {line[:40]!r}")
