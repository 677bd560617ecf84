"""A district's chat system sends hundreds of posts a second with one key. Once a web worker
has found that key, each later request reads the key and counts the integration's budget in a
single call to Redis, not one call for each; the budget stays exact, and a key switched off in
the admin stops at once without its refused request being counted."""

import time

import pytest
import redis
from django.core.cache import caches
from django.test import override_settings

from moderation.api.keys import create_api_key
from moderation.models import ApiKey
from tests.moderation.api.conftest import ApiClient
from tests.services import redis_url

SCAN = "/api/v1/scan"
# A day's window: the budget's counter is read back within one window.
RATE = "1000/24h"

pytestmark = [pytest.mark.redis, pytest.mark.usefixtures("keyword_library")]


@pytest.fixture
def redis_caches(settings):
    url = redis_url()
    shared = {"BACKEND": "upstander.redis_cache.RedisCache", "LOCATION": url}
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"moderation_read": RATE, "moderation_write": RATE},
    }
    with override_settings(
        CACHES={
            "default": {**shared, "KEY_PREFIX": "round-trip-test"},
            "limits": {**shared, "KEY_PREFIX": "round-trip-test-limits"},
        }
    ):
        for alias in ("default", "limits"):
            caches[alias].clear()
        yield
        for alias in ("default", "limits"):
            caches[alias].clear()


@pytest.fixture
def commands_sent(monkeypatch):
    """The name of every command the app sends to Redis about a key or a budget (the keyword
    library's version may be asked too, depending on how long ago it was read)."""
    sent: list[str] = []
    original = redis.Redis.execute_command

    def counted(self, *args, **options):
        if any(b"api" in str(arg).encode() for arg in args[1:]):
            sent.append(str(args[0]).upper())
        return original(self, *args, **options)

    monkeypatch.setattr(redis.Redis, "execute_command", counted)
    return sent


def writes_counted(key: ApiKey) -> int:
    window = int(time.time() // (24 * 3600))
    limits = caches["limits"]
    name = limits.make_and_validate_key(f"api:moderation_write:{key.integration_id}:{window}")
    return int(limits._cache.get_client(name).get(name) or 0)


def test_a_known_key_and_its_budget_are_one_call_to_redis(redis_caches, commands_sent):
    key, raw = create_api_key("district chat", ApiKey.Scope.WRITE)
    chat = ApiClient(raw)
    assert chat.post(SCAN, {"text": "see you at lunch"}).status_code == 200
    commands_sent.clear()
    assert chat.post(SCAN, {"text": "see you at lunch"}).status_code == 200
    assert commands_sent == ["EVALSHA"]
    assert writes_counted(key) == 2


def test_the_budget_is_still_exact(redis_caches, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"moderation_write": "3/24h"},
    }
    chat = ApiClient(create_api_key("district chat", ApiKey.Scope.WRITE)[1])
    codes = [chat.post(SCAN, {"text": "hi"}).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]


def test_a_key_switched_off_stops_at_once_and_its_refusal_is_not_counted(redis_caches):
    key, raw = create_api_key("district chat", ApiKey.Scope.WRITE)
    chat = ApiClient(raw)
    assert [chat.post(SCAN, {"text": "hi"}).status_code for _ in range(2)] == [200, 200]
    key.active = False
    key.save()  # what the admin's edit form does
    assert chat.post(SCAN, {"text": "hi"}).status_code == 401
    assert writes_counted(key) == 2


def test_a_read_key_is_refused_a_write_and_the_write_budget_is_untouched(redis_caches):
    key, raw = create_api_key("district reports", ApiKey.Scope.READ)
    reports = ApiClient(raw)
    assert reports.get("/api/v1/flags").status_code == 200
    assert [reports.post(SCAN, {"text": "hi"}).status_code for _ in range(2)] == [403, 403]
    assert writes_counted(key) == 0
