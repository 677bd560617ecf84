"""Each key has its own request budget; going over it is 429 with Retry-After."""

from django.test import override_settings

from moderation.models import ApiKey

SCAN = "/api/v1/scan"
RATES = {"moderation_read": "2/min", "moderation_write": "3/min"}


def test_a_key_over_its_rate_gets_429_and_another_key_is_unaffected(api_as, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": RATES}
    busy, quiet = api_as(ApiKey.Scope.READ_WRITE), api_as(ApiKey.Scope.READ_WRITE)
    codes = [busy.post(SCAN, {"text": "hi"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert int(busy.post(SCAN, {"text": "hi"}).headers["Retry-After"]) > 0
    assert quiet.post(SCAN, {"text": "hi"}).status_code == 200


def test_reads_and_writes_have_separate_budgets(api_as):
    with override_settings(REST_FRAMEWORK={"DEFAULT_THROTTLE_RATES": RATES}):
        client = api_as(ApiKey.Scope.READ_WRITE)
        assert [client.get("/api/v1/flags").status_code for _ in range(3)] == [200, 200, 429]
        assert client.post(SCAN, {"text": "hi"}).status_code == 200
