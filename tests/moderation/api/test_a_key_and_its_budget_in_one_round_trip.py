"""A district's chat system sends hundreds of posts a second with one key. Once a web worker
has found that key, each later request reads the key and counts the integration's budget in a
single call to Redis, not one call for each; the budget stays exact, and a key switched off in
the admin stops at once without its refused request being counted."""

import time

import pytest
import redis
from django.core.cache import caches
from django.test import override_settings

from moderation.api import keys as api_keys
from moderation.api.keys import create_api_key
from moderation.models import ApiKey
from tests.moderation.api.conftest import ApiClient
from tests.services import redis_url
from upstander import redis_cache

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
    library's version may be asked too, depending on how long ago it was read): through
    redis-py, or as packed on the cache's direct lane."""
    sent: list[str] = []
    original = redis.Redis.execute_command
    original_ask = redis_cache._Lane.ask

    def counted(self, *args, **options):
        if any(b"api" in str(arg).encode() for arg in args[1:]):
            sent.append(str(args[0]).upper())
        return original(self, *args, **options)

    def counted_on_the_lane(self, command: bytes):
        if b"api" in command:
            sent.append(command.split(b"\r\n")[2].decode().upper())  # *N, $len, the name
        return original_ask(self, command)

    monkeypatch.setattr(redis.Redis, "execute_command", counted)
    monkeypatch.setattr(redis_cache._Lane, "ask", counted_on_the_lane)
    return sent


def writes_counted(key: ApiKey) -> int:
    window = int(time.time() // (24 * 3600))
    limits = caches["limits"]
    name = limits.make_and_validate_key(f"api:moderation_write:{key.integration_id}:{window}")
    return int(limits._cache.get_client(name).get(name) or 0)


def test_a_known_key_and_its_budget_are_one_call_to_redis(redis_caches, commands_sent):
    key, raw = create_api_key("district chat", ApiKey.Scope.WRITE)
    chat = ApiClient(raw)
    # The first finds the key; the second may also teach a fresh Redis the script (EVAL).
    for _ in range(2):
        assert chat.post(SCAN, {"text": "see you at lunch"}).status_code == 200
    commands_sent.clear()
    assert chat.post(SCAN, {"text": "see you at lunch"}).status_code == 200
    assert commands_sent == ["EVALSHA"]
    assert writes_counted(key) == 3


def test_a_known_key_is_unpickled_once_not_at_every_request(redis_caches, monkeypatch):
    key, raw = create_api_key("district chat", ApiKey.Scope.WRITE)
    chat = ApiClient(raw)
    serializer = caches["default"]._cache._serializer
    read = []
    original = serializer.loads
    monkeypatch.setattr(serializer, "loads", lambda data: read.append(1) or original(data))
    codes = [chat.post(SCAN, {"text": "hi"}).status_code for _ in range(5)]
    assert codes == [200] * 5
    assert len(read) == 1  # the first request read the row; the second the cached bytes
    assert writes_counted(key) == 5


def test_a_key_switched_off_in_another_worker_stops_here_at_once(redis_caches):
    """This worker holds the key it read, unpickled. Another worker's admin switches it off:
    nothing tells this worker, yet its next request is refused, because a key is reused only
    while Redis gives back the very bytes it was read from, and the save dropped them."""
    key, raw = create_api_key("district chat", ApiKey.Scope.WRITE)
    chat = ApiClient(raw)
    assert [chat.post(SCAN, {"text": "hi"}).status_code for _ in range(3)] == [200] * 3
    held = api_keys._unpickled[key.key_hash][1]
    theirs = ApiKey.objects.get(pk=key.pk)  # the other worker's own copy of the row
    theirs.active = False
    theirs.save()  # what its admin edit form does
    assert held.active and api_keys._unpickled[key.key_hash][1] is held  # this worker's copy
    assert chat.post(SCAN, {"text": "hi"}).status_code == 401
    assert writes_counted(key) == 3


def test_a_key_narrowed_to_reading_in_another_worker_may_no_longer_write_here(redis_caches):
    key, raw = create_api_key("district chat", ApiKey.Scope.READ_WRITE)
    chat = ApiClient(raw)
    assert [chat.post(SCAN, {"text": "hi"}).status_code for _ in range(3)] == [200] * 3
    theirs = ApiKey.objects.get(pk=key.pk)
    theirs.scope = ApiKey.Scope.READ
    theirs.save()
    assert chat.get("/api/v1/flags").status_code == 200  # read afresh, cached again: new bytes
    assert chat.post(SCAN, {"text": "hi"}).status_code == 403
    assert writes_counted(key) == 3


def test_redis_forgetting_its_scripts_costs_no_request(redis_caches):
    key, raw = create_api_key("district chat", ApiKey.Scope.WRITE)
    chat = ApiClient(raw)
    assert [chat.post(SCAN, {"text": "hi"}).status_code for _ in range(2)] == [200] * 2
    redis.Redis.from_url(redis_url()).script_flush()  # as a restarted Redis has none
    assert chat.post(SCAN, {"text": "hi"}).status_code == 200
    assert writes_counted(key) == 3


def test_a_connection_cut_by_redis_fails_open_once_and_the_next_request_reconnects(
    redis_caches, commands_sent
):
    key, raw = create_api_key("district chat", ApiKey.Scope.WRITE)
    chat = ApiClient(raw)
    assert [chat.post(SCAN, {"text": "hi"}).status_code for _ in range(2)] == [200] * 2
    lane = caches["limits"]._lane
    lane_id = lane.ask(redis_cache.pack(b"CLIENT", b"ID"))
    redis.Redis.from_url(redis_url()).client_kill_filter(_id=lane_id)  # as a restart would
    # Counted one by one through redis-py instead (each failing open if Redis were away).
    assert chat.post(SCAN, {"text": "hi"}).status_code == 200
    commands_sent.clear()
    assert chat.post(SCAN, {"text": "hi"}).status_code == 200
    assert commands_sent == ["EVALSHA"] and caches["limits"]._lane.connection is not None
    assert writes_counted(key) == 4


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
