"""An integration's requests go from the security checks straight to the API's view
(upstander/api_lane.py): no session, CSRF or page policy along the way, yet HTTPS headers,
the host check and the control-character guard still apply; pages keep the whole stack."""

from __future__ import annotations

import pytest
from django.test import Client

from moderation.api.keys import create_api_key
from moderation.models import ApiKey

pytestmark = pytest.mark.django_db


@pytest.fixture
def integration() -> Client:
    key = create_api_key("district chat", ApiKey.Scope.WRITE)[1]
    return Client(HTTP_AUTHORIZATION=f"Api-Key {key}")


def scan(client: Client, **extra):
    return client.post(
        "/api/v1/scan", {"text": "see you at lunch"}, content_type="application/json", **extra
    )


def test_an_api_answer_sets_no_cookie_and_keeps_the_security_headers(integration):
    answer = scan(integration)

    assert answer.status_code == 200
    assert not answer.cookies
    assert "Cookie" not in answer.get("Vary", "")
    assert answer["X-Content-Type-Options"] == "nosniff"
    assert answer["Content-Length"] == str(len(answer.content))  # never sent chunked


def test_an_api_request_for_a_host_not_allowed_is_refused(integration):
    assert scan(integration, HTTP_HOST="evil.example").status_code == 400


def test_an_api_address_with_a_control_character_is_refused(integration):
    answer = integration.get("/api/v1/flags%00")

    assert answer.status_code == 400


def test_a_page_still_gets_its_policy_and_framing_headers():
    page = Client().get("/search/")

    assert page.status_code == 200
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"]
    assert page["X-Frame-Options"] == "DENY"
