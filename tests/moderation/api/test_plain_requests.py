"""A district's chat system sends posts and scans all day. Its everyday requests (a good key, a
plain JSON body, a post that is stored) are answered on a short path that skips Django REST
framework's machinery (moderation/api/plain.py); everything else goes to the DRF view. Whatever
the system sends, the answer is the one the DRF view gives: the same status, headers and bytes
(the ids of what was stored aside); each request is counted against the budget once; and the
scan's answer is exactly what its schema documents."""

from __future__ import annotations

import json
import re

import pytest
from django.db import transaction

from moderation.api import plain
from moderation.api.integrations import scan_submission
from moderation.api.serializers import ScanResponseSerializer
from moderation.api.views import PostsView, ScanView, scan_answer
from moderation.models import ApiKey, ModeratedPost

pytestmark = pytest.mark.usefixtures("keyword_library")

POST = {"source": "district-chat", "external_id": "m-1", "text": "see you at lunch"}
# The first eight are plain.
POSTS = {
    "clean": POST,
    "flagged": {**POST, "text": "you are such a loser"},
    "held": {**POST, "text": "just kill yourself"},
    "support": {**POST, "text": "sometimes I want to die"},
    "references": {**POST, "author_ref": "s-7", "course_ref": "maths-3"},
    "html": {"source": "lms", "external_id": "9", "html": "<p>such a <b>loser</b></p>"},
    "unicode": {**POST, "text": "café 🙂 \u2028 loser"},
    "source trimmed": {**POST, "source": "  canvas:chat_2.x  "},
    # Not plain: the DRF view answers, refusing or reading them as it always has.
    "empty": {**POST, "text": "   "},
    "unknown field": {**POST, "extenal_id": "1"},
    "not a string": {**POST, "external_id": 7},
    "both": {**POST, "html": "<p>x</p>"},
    "bad source": {**POST, "source": "bad source!"},
    "nested": {**POST, "text": {"a": [1]}},
}
RAW = {
    "malformed": b'{"source": "x",',
    "not utf-8": b'{"text": "\xff"}',
    "not an object": b'["see you"]',
    "NaN": b'{"source": "s", "external_id": "1", "text": NaN}',
    "deep": b"[" * 5000 + b"]" * 5000,
}
SCANS = {
    "clean": {"text": "see you at lunch"},
    "several": {"text": "you loser, grab a knife, just kill yourself"},
    "html": {"html": "<p>what a <i>loser</i></p>"},
    "empty": {"text": ""},
    "neither": {},
    "both": {"text": "a", "html": "b"},
}
IDS = re.compile(rb'"id":\d+')


def answered(client, path: str, body: dict | None = None, *, drf: bool, raw=None, **extra):
    """The answer to one request, on the plain path where it applies or (`drf`) always on the
    DRF view; whatever it stored is rolled back, so the other path meets the same database."""
    view = PostsView if path.endswith("posts") else ScanView
    original, answers = view.plain_answer, []

    def plain_path(request, allow):
        answers.append(original(request, allow))
        return answers[-1]

    view.plain_answer = staticmethod((lambda request, allow: None) if drf else plain_path)
    try:
        with transaction.atomic():
            response = client.post(path, body, raw=raw, **extra)
            transaction.set_rollback(True)
    finally:
        view.plain_answer = original
    response.on_plain_path = answers == [response]
    return response


def same_answer(plain_path, drf_path) -> None:
    assert plain_path.status_code == drf_path.status_code
    for response in (plain_path, drf_path):  # (the ids, and so the lengths, may differ)
        assert int(response["Content-Length"]) == len(response.content)
        del response["Content-Length"]
    assert dict(plain_path.headers) == dict(drf_path.headers)
    assert IDS.sub(b'"id":0', plain_path.content) == IDS.sub(b'"id":0', drf_path.content)


@pytest.mark.parametrize("kind", sorted(POSTS))
def test_each_post_is_answered_as_the_drf_view_answers_it(api, kind):
    request = ("/api/v1/posts", POSTS[kind])
    plain_path = answered(api, *request, drf=False)
    assert plain_path.on_plain_path == (kind in list(POSTS)[:8])
    same_answer(plain_path, answered(api, *request, drf=True))


@pytest.mark.parametrize("kind", sorted(RAW))
def test_each_body_that_is_not_plain_json_is_refused_as_the_drf_view_refuses_it(api, kind):
    for path in ("/api/v1/posts", "/api/v1/scan"):
        plain_path = answered(api, path, raw=RAW[kind], drf=False)
        assert plain_path.status_code == 400 and not plain_path.on_plain_path
        same_answer(plain_path, answered(api, path, raw=RAW[kind], drf=True))


@pytest.mark.parametrize("kind", sorted(SCANS))
def test_each_scan_is_answered_as_the_drf_view_answers_it(api, kind):
    request = ("/api/v1/scan", SCANS[kind])
    plain_path = answered(api, *request, drf=False)
    assert plain_path.on_plain_path == (kind in ("clean", "several", "html", "empty"))
    same_answer(plain_path, answered(api, *request, drf=True))


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_AUTHORIZATION": "Api-Key not-a-key-at-all"},
        {"HTTP_AUTHORIZATION": "Api-Key "},
        {"HTTP_AUTHORIZATION": "Bearer abc"},
        {"content_type": "text/plain"},
        {"content_type": "application/json; charset=utf-8"},
    ],
    ids=["unknown key", "no key", "other scheme", "not JSON", "JSON with a charset"],
)
def test_a_request_with_a_bad_key_or_type_is_answered_as_the_drf_view_answers_it(api, headers):
    for path, body in (("/api/v1/posts", POST), ("/api/v1/scan", SCANS["several"])):
        same_answer(
            answered(api, path, body, drf=False, **headers),
            answered(api, path, body, drf=True, **headers),
        )


def test_a_key_that_may_only_read_is_refused_as_the_drf_view_refuses_it(api_as):
    reader = api_as(ApiKey.Scope.READ)
    plain_path = answered(reader, "/api/v1/posts", POST, drf=False)
    assert plain_path.status_code == 403
    same_answer(plain_path, answered(reader, "/api/v1/posts", POST, drf=True))


def test_an_oversized_body_is_refused_before_it_is_counted(api, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"moderation_write": "1/min", "moderation_read": "1/min"},
    }
    settings.MODERATION_API_MAX_BODY_BYTES = 100
    big = {**POST, "text": "x" * 200}
    assert [api.post("/api/v1/posts", big).status_code for _ in range(3)] == [413] * 3
    assert api.post("/api/v1/posts", POST).status_code == 201  # its one request of the minute


def test_every_request_is_counted_once_whichever_path_answers_it(api, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"moderation_write": "4/min", "moderation_read": "4/min"},
    }
    codes = [
        api.post("/api/v1/posts", POST).status_code,  # plain
        api.post("/api/v1/posts", {**POST, "text": ""}).status_code,  # DRF: refused, counted
        api.post("/api/v1/scan", {"text": "hi"}).status_code,  # plain
        api.post("/api/v1/posts", raw=b"{oops").status_code,  # DRF: refused, counted
        api.post("/api/v1/scan", {"text": "hi"}).status_code,  # over the budget
    ]
    assert codes == [201, 400, 200, 400, 429]
    refused = api.post("/api/v1/posts", {**POST, "external_id": "m-2"})
    assert refused.status_code == 429 and refused["Retry-After"]
    assert refused.json()["detail"].startswith("Request was throttled.")
    assert ModeratedPost.objects.count() == 1


def test_a_retried_post_gets_the_first_answer_on_either_path(api):
    first = api.post("/api/v1/posts", POSTS["flagged"])
    again = api.post("/api/v1/posts", POSTS["flagged"])
    assert (first.status_code, again.status_code) == (201, 200)
    assert {**first.json(), "created": False} == again.json()
    view = PostsView.plain_answer
    PostsView.plain_answer = staticmethod(lambda request, allow: None)
    try:
        on_drf = api.post("/api/v1/posts", POSTS["flagged"])
    finally:
        PostsView.plain_answer = view
    assert on_drf.content == again.content


@pytest.mark.parametrize("kind", ["clean", "several", "html"])
def test_the_scan_answer_is_what_the_schema_describes(kind):
    result = scan_submission(**SCANS[kind])
    assert scan_answer(result) == ScanResponseSerializer(result).data
    assert json.loads(plain.render_json(scan_answer(result))) == scan_answer(result)
