"""API keys: no key or a bad one is 401, the wrong scope 403; keys are stored hashed."""

from __future__ import annotations

import hashlib

import pytest

from moderation.api.keys import create_api_key
from moderation.models import ApiKey

SCAN = "/api/v1/scan"
FLAGS = "/api/v1/flags"


def test_without_a_key_it_is_401_and_says_how_to_authenticate(api_as):
    response = api_as(None).post(SCAN, {"text": "hi"})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Api-Key"


@pytest.mark.parametrize("header", ["Api-Key nope-not-a-key", "Api-Key ", "Bearer abc"])
def test_a_wrong_key_is_401(api_as, make_key, header):
    make_key()
    response = api_as(None).post(SCAN, {"text": "hi"}, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401


def test_a_key_with_the_right_prefix_but_wrong_rest_is_401(api_as, make_key):
    raw = make_key()
    forged = raw[:8] + ("A" if raw[8] != "A" else "B") + raw[9:]
    response = api_as(None).post(SCAN, {"text": "hi"}, HTTP_AUTHORIZATION=f"Api-Key {forged}")
    assert response.status_code == 401


def test_an_inactive_key_is_401(api_as):
    assert (
        api_as(ApiKey.Scope.READ_WRITE, active=False).post(SCAN, {"text": "hi"}).status_code == 401
    )


def test_a_read_key_cannot_post_and_a_write_key_cannot_read(api_as):
    assert api_as(ApiKey.Scope.READ).post(SCAN, {"text": "hi"}).status_code == 403
    assert api_as(ApiKey.Scope.WRITE).get(FLAGS).status_code == 403
    assert api_as(ApiKey.Scope.READ).get(FLAGS).status_code == 200
    assert api_as(ApiKey.Scope.WRITE).post(SCAN, {"text": "hi"}).status_code == 200


def test_a_session_login_is_not_an_api_key(api_as, lead):
    client = api_as(None)
    client.client.force_login(lead)
    assert client.get(FLAGS).status_code == 401


def test_keys_are_stored_as_prefix_and_sha256_only(db):
    key, raw = create_api_key("LMS bridge", "write")
    assert key.prefix == raw[:8]
    assert key.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in str(ApiKey.objects.values().get())


def test_use_is_recorded(api_as):
    client = api_as(ApiKey.Scope.READ_WRITE)
    assert ApiKey.objects.get().last_used_at is None
    client.post(SCAN, {"text": "hi"})
    assert ApiKey.objects.get().last_used_at is not None
