"""Each integration has a request budget per scope (reads and writes apart); going over it is
429 with Retry-After. Every key of one integration draws on the same budget."""

import pytest
from django.test import override_settings

from moderation.api.keys import create_api_key
from moderation.api.throttle import Rate, parse_rate
from moderation.models import ApiKey
from tests.moderation.api.conftest import ApiClient

SCAN = "/api/v1/scan"
RATES = {"moderation_read": "2/min", "moderation_write": "3/min"}


@pytest.fixture(autouse=True)
def _small_budgets(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": RATES}


def test_an_integration_over_its_rate_gets_429_and_another_integration_is_unaffected(
    keyword_library,
):
    busy = ApiClient(create_api_key("district chat", ApiKey.Scope.READ_WRITE)[1])
    quiet = ApiClient(create_api_key("library kiosk", ApiKey.Scope.READ_WRITE)[1])
    codes = [busy.post(SCAN, {"text": "hi"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = busy.post(SCAN, {"text": "hi"})
    assert refused.status_code == 429 and 0 < int(refused.headers["Retry-After"]) <= 60
    assert quiet.post(SCAN, {"text": "hi"}).status_code == 200


def test_a_second_key_of_the_same_integration_shares_its_budget(keyword_library):
    first = ApiClient(create_api_key("district chat", ApiKey.Scope.WRITE)[1])
    second = ApiClient(create_api_key("district chat", ApiKey.Scope.WRITE)[1])
    assert [first.post(SCAN, {"text": "hi"}).status_code for _ in range(3)] == [200] * 3
    assert second.post(SCAN, {"text": "hi"}).status_code == 429


def test_reads_and_writes_have_separate_budgets(api_as):
    client = api_as(ApiKey.Scope.READ_WRITE)
    assert [client.get("/api/v1/flags").status_code for _ in range(3)] == [200, 200, 429]
    assert client.post(SCAN, {"text": "hi"}).status_code == 200


@override_settings(
    CACHES={
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "limits": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
)
def test_a_store_that_is_down_lets_requests_through_and_says_so(api, caplog, monkeypatch):
    from moderation.flags import hot_path

    monkeypatch.setattr(hot_path, "_warned", {})  # a warning from an earlier test is not this one
    # The dummy cache keeps nothing: its increment fails as a Redis that is away would.
    codes = {api.post(SCAN, {"text": "hi"}).status_code for _ in range(5)}
    assert codes == {200}
    assert caplog.text.count("rate limit store unavailable") == 1  # not once per request


@pytest.mark.parametrize(
    "text, rate",
    [("300/s", Rate(300, 1)), ("3000/10s", Rate(3000, 10)), ("600/min", Rate(600, 60))],
)
def test_rates_read_as_requests_per_period(text, rate):
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["300", "0/s", "300/fortnight", "lots/min"])
def test_a_rate_that_makes_no_sense_is_refused_with_its_text(text):
    with pytest.raises(ValueError, match="rate"):
        parse_rate(text)


def test_a_mistyped_rate_in_the_settings_stops_the_start(settings):
    from moderation.flags.checks import api_rates_readable

    settings.REST_FRAMEWORK = {"DEFAULT_THROTTLE_RATES": {"moderation_write": "300 per second"}}
    [error] = api_rates_readable()
    assert "moderation_write" in error.msg and "300 per second" in error.msg
