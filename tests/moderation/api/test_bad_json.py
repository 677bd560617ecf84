"""Bad input to the API is a clear 400 (or 401), never a 500: deeply nested JSON, and NUL bytes
in any text field, header or filter (PostgreSQL cannot store a NUL)."""

from __future__ import annotations

import pytest

from moderation.models import ModeratedPost

SCAN = "/api/v1/scan"
POSTS = "/api/v1/posts"
FLAGS = "/api/v1/flags"
POST = {"source": "district-chat", "external_id": "m-1", "author_ref": "p-1", "text": "hello"}


@pytest.mark.parametrize("path", [SCAN, POSTS])
def test_deeply_nested_json_is_a_clear_400(api, path):
    body = b'{"text": ' + b"[" * 30_000 + b"]" * 30_000 + b"}"
    response = api.post(path, raw=body)
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["detail"]


def test_moderately_nested_json_is_refused_before_a_serializer_walks_it(api):
    body = b'{"text": "hi", "extra": ' + b"[" * 500 + b"]" * 500 + b"}"
    response = api.post(SCAN, raw=body)
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["detail"]


def test_a_flat_object_is_still_welcome(api):
    assert api.post(SCAN, {"text": "hello"}).status_code == 200


@pytest.mark.parametrize("field", ["source", "external_id", "author_ref", "course_ref", "text"])
def test_a_nul_byte_in_any_text_field_of_a_post_is_a_400_naming_the_field(api, field):
    response = api.post(POSTS, {**POST, field: "abc\u0000def"})
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert not ModeratedPost.objects.exists()


def test_a_nul_byte_in_html_is_a_400(api):
    body = {k: v for k, v in POST.items() if k != "text"}
    response = api.post(POSTS, {**body, "html": "<p>a\u0000b</p>"})
    assert response.status_code == 400 and "html" in response.json()


def test_a_nul_byte_in_a_field_name_is_a_400(api):
    response = api.post(POSTS, {**POST, "note\u0000": "x"})
    assert response.status_code == 400


def test_a_nul_byte_in_the_api_key_is_a_401(api_as):
    anonymous = api_as(None)
    response = anonymous.post(SCAN, {"text": "hi"}, HTTP_AUTHORIZATION="Api-Key abc\u0000defghxyz")
    assert response.status_code == 401


@pytest.mark.parametrize("param", ["course_ref", "status", "since", "page", "category"])
def test_a_nul_byte_in_a_flags_filter_is_a_400(api, param):
    response = api.get(FLAGS, {param: "8-blue\u0000"})
    assert response.status_code in (400, 404), response.content
