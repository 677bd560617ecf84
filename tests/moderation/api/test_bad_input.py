"""Oversized bodies are 413 before parsing; anything else malformed is 400 with a reason."""

from __future__ import annotations

import io
import json

import pytest

from moderation.api.views import PayloadTooLarge, StrictJSONParser
from moderation.models import ModeratedPost

SCAN = "/api/v1/scan"
POSTS = "/api/v1/posts"


def test_a_body_over_the_limit_is_413(api, settings):
    settings.MODERATION_API_MAX_BODY_BYTES = 1024
    response = api.post(POSTS, {"source": "s", "external_id": "1", "text": "x" * 2000})
    assert response.status_code == 413
    assert "1024 bytes" in response.json()["detail"]
    assert not ModeratedPost.objects.exists()


def test_the_parser_never_reads_past_the_limit_whatever_the_headers_say(settings):
    settings.MODERATION_API_MAX_BODY_BYTES = 1024
    with pytest.raises(PayloadTooLarge):
        StrictJSONParser().parse(io.BytesIO(json.dumps({"text": "x" * 2000}).encode()))


def test_the_default_limit_is_64_kib(api):
    assert api.post(SCAN, {"text": "x" * (63 * 1024)}).status_code == 200
    assert api.post(SCAN, {"text": "x" * (65 * 1024)}).status_code == 413


def test_missing_and_wrong_fields_get_field_errors(api):
    response = api.post(POSTS, {"source": "bad source!", "text": "hi", "extenal_id": "1"})
    assert response.status_code == 400
    errors = response.json()
    assert set(errors) >= {"source", "external_id"}
    response = api.post(POSTS, {"source": "s", "external_id": "1", "extenal_id": "1", "text": "x"})
    assert response.json() == {"extenal_id": ["Unknown field."]}


@pytest.mark.parametrize(
    "body,field",
    [
        ({"text": "a", "html": "<p>a</p>"}, "html"),
        ({}, "text"),
        ({"text": 12}, "text"),
        ({"text": "a\u0000b"}, "text"),
        ({"text": "\ud800"}, "text"),
    ],
)
def test_scan_input_is_validated(api, body, field):
    response = api.post(SCAN, body)
    assert response.status_code == 400, response.content
    if field:
        assert field in response.json()


def test_an_empty_post_is_refused(api):
    response = api.post(POSTS, {"source": "s", "external_id": "1", "text": "   "})
    assert response.status_code == 400
    assert response.json() == {"text": ["The post is empty."]}


@pytest.mark.parametrize(
    "raw,content_type,says",
    [
        (b"\xff\xfe\x00binary\x00", "application/json", "not valid UTF-8"),
        (b'{"text": "caf\xe9"}', "application/json", "not valid UTF-8"),
        (b'{"text": "unclosed', "application/json", "not valid JSON"),
        (b'{"text": NaN}', "application/json", "not valid JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png", "Content-Type: application/json"),
        (b"text=hello", "application/x-www-form-urlencoded", "Content-Type: application/json"),
    ],
)
def test_bodies_that_are_not_utf8_json_get_a_clear_400(api, raw, content_type, says):
    response = api.post(SCAN, raw=raw, content_type=content_type)
    assert response.status_code == 400, response.content
    assert says in response.json()["detail"]


def test_a_json_array_is_not_an_object(api):
    response = api.post(SCAN, [1, 2])
    assert response.status_code == 400
    assert "non_field_errors" in response.json()


def test_a_post_longer_than_the_workflow_accepts_is_a_field_error(api, settings):
    settings.MODERATION_API_MAX_BODY_BYTES = 300_000
    response = api.post(POSTS, {"source": "s", "external_id": "1", "text": "x" * 100_001})
    assert response.status_code == 400
    assert "limit" in response.json()["text"][0]
    assert not ModeratedPost.objects.exists()
