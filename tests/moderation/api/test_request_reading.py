"""An integration's posts and scans are read without building a serializer when they are plainly
valid; whatever an integration sends, what the API takes from it, or the refusal it answers,
is exactly what the documented serializers (PostRequestSerializer, ScanRequestSerializer) say."""

from __future__ import annotations

import pytest
from rest_framework.exceptions import ValidationError

from moderation.api import serializers as api_serializers
from moderation.api.serializers import (
    PostRequestSerializer,
    ScanRequestSerializer,
    read_post_request,
    read_scan_request,
)

POST = {"source": "canvas-discussions", "external_id": "post-1", "text": "see you at lunch"}
POSTS = [
    POST,
    {**POST, "author_ref": "student-7", "course_ref": "maths-3"},
    {**POST, "author_ref": "", "course_ref": ""},
    {**POST, "source": "  canvas:chat_2.x  "},
    {**POST, "source": "canvas\n"},
    {**POST, "external_id": "  spaced  "},
    {**POST, "external_id": "x" * 255},
    {**POST, "text": "café, 🙂 and 漢字"},
    {"source": "lms", "external_id": "9", "html": "<p>see <b>you</b></p>"},
    # Refused, each for its own reason, in the serializer's words.
    {**POST, "external_id": "x" * 256},
    {**POST, "author_ref": "a" * 256},
    {**POST, "source": "s" * 101},
    {**POST, "source": "bad source!"},
    {**POST, "source": "   "},
    {**POST, "source": 12},
    {**POST, "external_id": ""},
    {**POST, "external_id": 7},
    {**POST, "external_id": None},
    {**POST, "author_ref": None},
    {**POST, "text": "a\u0000b"},
    {**POST, "text": "\ud800 lone"},
    {**POST, "external_id": "\udfff"},
    {**POST, "text": True},
    {**POST, "text": ""},
    {**POST, "text": "   "},
    {**POST, "html": "<p>also</p>"},
    {"source": "lms", "external_id": "9", "html": "<img alt=''>"},
    {"source": "lms", "external_id": "9"},
    {**POST, "extenal_id": "1"},
    {"text": "hi"},
    {},
    [POST],
    "see you at lunch",
    None,
]
SCANS = [
    {"text": "hi"},
    {"text": ""},
    {"html": "<p>hi</p>"},
    {"text": "a", "html": "<p>a</p>"},
    {},
    {"text": 12},
    {"text": "a\u0000b"},
    {"text": "\ud800"},
    {"text": "hi", "source": "lms"},
    ["hi"],
]


def _serializer_reading(serializer_class: type, data: object) -> tuple[str, object]:
    given = serializer_class(data=data)
    if given.is_valid():
        return "taken", dict(given.validated_data)
    return "refused", given.errors


def _direct_reading(read: object, data: object) -> tuple[str, object]:
    try:
        return "taken", read(data)
    except ValidationError as refused:
        return "refused", refused.detail


@pytest.mark.parametrize("data", POSTS, ids=range(len(POSTS)))
def test_a_post_is_read_as_the_serializer_reads_it(data):
    assert _direct_reading(read_post_request, data) == _serializer_reading(
        PostRequestSerializer, data
    )


@pytest.mark.parametrize("data", SCANS, ids=range(len(SCANS)))
def test_a_scan_is_read_as_the_serializer_reads_it(data):
    assert _direct_reading(read_scan_request, data) == _serializer_reading(
        ScanRequestSerializer, data
    )


def test_a_plainly_valid_post_or_scan_builds_no_serializer(monkeypatch):
    def no_serializer(*args, **kwargs):
        raise AssertionError("a serializer was built")

    monkeypatch.setattr(api_serializers, "PostRequestSerializer", no_serializer)
    monkeypatch.setattr(api_serializers, "ScanRequestSerializer", no_serializer)

    assert read_post_request({**POST, "author_ref": "s-1"})["author_ref"] == "s-1"
    assert read_post_request(POST)["course_ref"] == ""
    assert read_scan_request({"text": "hi"}) == {"text": "hi"}
    with pytest.raises(AssertionError, match="serializer was built"):
        read_post_request({**POST, "source": "bad source!"})
