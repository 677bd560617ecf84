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
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception:  # noqa: BLE001 - any failure means "no Redis here"
        require(
            False,
            f"Redis is not reachable at {url}: install and start redis-server to run this test",
        )
    return url
