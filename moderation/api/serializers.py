"""What the integrations API accepts and answers, as DRF serializers (read by the OpenAPI schema).

Strict: unknown fields, lone surrogates and text over the limits are refused with a plain message.
"""

from __future__ import annotations

import re
from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema_field
from rest_framework import serializers

from moderation.engine import SEVERITIES
from moderation.models import Category, ContextLabel, Flag, ModeratedPost
from moderation.scanning.sanitize import stored_text
from moderation.scanning.spanish import definition_in

# --- Fields and serializers ---------------------------------------------------------------


def _no_lone_surrogates(value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise serializers.ValidationError(
            "Contains characters that are not valid Unicode."
        ) from None


class StrictCharField(serializers.CharField):
    """A JSON string and nothing else: DRF would quietly turn 12 or true into text."""

    default_error_messages = {"not_a_string": "Must be a string."}

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("not_a_string")
        return super().to_internal_value(data)


def _text_field(**kwargs: Any) -> serializers.CharField:
    return StrictCharField(trim_whitespace=False, validators=[_no_lone_surrogates], **kwargs)


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not know, so a misspelt `external_id` is an error, not ignored."""

    def validate(self, attrs: dict) -> dict:
        if isinstance(self.initial_data, dict):
            unknown = sorted(set(self.initial_data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
        return attrs


class TextOrHtmlSerializer(StrictSerializer):
    text = _text_field(required=False, allow_blank=True, help_text="Plain text, as written.")
    html = _text_field(
        required=False,
        allow_blank=True,
        help_text="HTML; it is sanitised and the text a reader would see is scanned.",
    )

    def validate(self, attrs: dict) -> dict:
        attrs = super().validate(attrs)
        if "text" in attrs and "html" in attrs:
            raise serializers.ValidationError({"html": ["Send either text or html, not both."]})
        if "text" not in attrs and "html" not in attrs:
            raise serializers.ValidationError({"text": ["Send text or html."]})
        return attrs


class ScanRequestSerializer(TextOrHtmlSerializer):
    pass


@extend_schema_field({"type": "string", "enum": list(SEVERITIES.values())})
class SeverityLabelField(serializers.Field):
    def to_representation(self, value: int) -> str:
        return SEVERITIES[value]


class MatchSerializer(serializers.Serializer):
    term = serializers.CharField(source="entry.term", help_text="The library's keyword.")
    category = serializers.ChoiceField(choices=Category.choices)
    severity = serializers.IntegerField(help_text="1 informational, 2 low, 3 high, 4 critical.")
    severity_label = SeverityLabelField(source="severity")
    definition = serializers.SerializerMethodField(
        help_text="What the keyword means, for staff: in Spanish when the request's "
        "Accept-Language asks for Spanish and the entry has it, else in English."
    )
    start = serializers.IntegerField(help_text="Offset of the first character in `text`.")
    end = serializers.IntegerField(help_text="Offset just past the last character.")
    matched_text = serializers.CharField(source="text", help_text="text[start:end]")
    context = serializers.ChoiceField(
        choices=ContextLabel.choices,
        help_text="How the words around the match read it (negated, quoted, a threat...); "
        "`severity` is the one this context gives it.",
    )

    def get_definition(self, match: Any) -> str:
        return definition_in(str(match.entry.definition), self.context.get("language"))


class ScanResponseSerializer(serializers.Serializer):
    text = serializers.CharField(
        help_text="What was scanned: the text, or the HTML's visible text."
    )
    highest_severity = serializers.IntegerField(allow_null=True)
    library_version = serializers.CharField()
    matches = MatchSerializer(many=True)


class PostRequestSerializer(TextOrHtmlSerializer):
    source = serializers.RegexField(
        r"^[A-Za-z0-9][A-Za-z0-9._:-]*$",
        max_length=100,
        help_text="The sending system, e.g. `canvas-discussions`; with external_id, a post's key.",
        error_messages={"invalid": "Use letters, digits, '.', '_', ':' or '-'."},
    )
    external_id = _text_field(max_length=255, help_text="The post's id in the sending system.")
    author_ref = _text_field(
        max_length=255,
        required=False,
        default="",
        allow_blank=True,
        help_text="The author's id in the sending system; never a name or e-mail address.",
    )
    course_ref = _text_field(max_length=255, required=False, default="", allow_blank=True)

    def validate(self, attrs: dict) -> dict:
        attrs = super().validate(attrs)
        body = attrs.get("text", attrs.get("html", ""))
        # Empty as stored, by the one sanitiser the post will be stored and scanned with, so
        # the API refuses exactly what a lesson refuses ("<img alt=''>", a lone comment).
        if not stored_text(body, is_html="html" in attrs):
            raise serializers.ValidationError(
                {"html" if "html" in attrs else "text": ["The post is empty."]}
            )
        return attrs


# --- Requests read without building a serializer -------------------------------------------
# A serializer deep-copies its declared fields for every instance it makes: for a post, a
# fifth of the CPU the whole request took. A request that is plainly valid (strings in the
# fields the serializer knows, within their limits) is read directly into what the serializer
# would have validated it to; anything else goes to the serializer, so every refusal is worded
# exactly as before (tests/moderation/api/test_request_reading.py holds the two equal).

_SOURCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
_REF_FIELDS = ("author_ref", "course_ref")
_POST_FIELDS = frozenset(("source", "external_id", *_REF_FIELDS, "text", "html"))
_SCAN_FIELDS = frozenset(("text", "html"))


def _plain_text(value: Any, max_length: int | None = None) -> bool:
    """A string `_text_field` takes as it is: no NUL, no lone surrogate, within its length."""
    if not isinstance(value, str) or "\x00" in value:
        return False
    if max_length is not None and len(value) > max_length:
        return False
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
    return True


def _plain_body(data: dict, known: frozenset[str]) -> dict[str, str] | None:
    if not data.keys() <= known or ("text" in data) == ("html" in data):
        return None
    name = "text" if "text" in data else "html"
    return {name: data[name]} if _plain_text(data[name]) else None


def plain_scan_request(data: dict) -> dict[str, str] | None:
    """What `ScanRequestSerializer` would validate `data` to, if it takes it as it is; else
    None (the serializer then says why, or what it makes of it)."""
    return _plain_body(data, _SCAN_FIELDS)


def plain_post_request(data: dict) -> dict[str, str] | None:
    """What `PostRequestSerializer` would validate `data` to, if it takes it as it is; else
    None."""
    return _plain_post(data)


def read_scan_request(data: Any) -> dict[str, str]:
    """`ScanRequestSerializer(data=data)`'s validated data; its ValidationError if refused."""
    read = _plain_body(data, _SCAN_FIELDS) if type(data) is dict else None
    if read is not None:
        return read
    given = ScanRequestSerializer(data=data)
    given.is_valid(raise_exception=True)
    return dict(given.validated_data)


def read_post_request(data: Any) -> dict[str, str]:
    """`PostRequestSerializer(data=data)`'s validated data; its ValidationError if refused."""
    read = _plain_post(data) if type(data) is dict else None
    if read is not None:
        return read
    given = PostRequestSerializer(data=data)
    given.is_valid(raise_exception=True)
    return dict(given.validated_data)


def _plain_post(data: dict) -> dict[str, str] | None:
    read = _plain_body(data, _POST_FIELDS)
    source, external_id = data.get("source"), data.get("external_id")
    if read is None or not isinstance(source, str) or not external_id:
        return None
    source = source.strip()  # the RegexField trims, as DRF's character fields do by default
    if len(source) > 100 or not _SOURCE.search(source) or not _plain_text(external_id, 255):
        return None
    read.update(source=source, external_id=external_id)
    for name in _REF_FIELDS:
        value = data.get(name, "")
        if not _plain_text(value, 255):
            return None
        read[name] = value
    # The serializer's last check: the post is not empty once sanitised as it will be stored.
    if not stored_text(read.get("text", read.get("html", "")), is_html="html" in read):
        return None
    return read


class FlagSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    category = serializers.ChoiceField(choices=Category.choices)
    severity = serializers.IntegerField()
    severity_label = SeverityLabelField(source="severity")
    status = serializers.ChoiceField(choices=Flag.Status.choices)


class PostResponseSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="post.pk")
    source = serializers.CharField(source="post.external_source")
    external_id = serializers.CharField(source="post.external_id")
    status = serializers.ChoiceField(
        source="post.status",
        choices=ModeratedPost.Status.choices,
        help_text="`held`: show it to nobody but its author until staff release it.",
    )
    created = serializers.BooleanField(help_text="False when this repeats an earlier request.")
    flag = FlagSummarySerializer(allow_null=True)
    support_message = serializers.CharField(
        allow_blank=True,
        help_text="When not empty, show it to the author at once (self-harm terms matched).",
    )


class FlagFilterSerializer(StrictSerializer):
    status = serializers.ChoiceField(choices=Flag.Status.choices, required=False)
    category = serializers.ChoiceField(choices=Category.choices, required=False)
    min_severity = serializers.IntegerField(
        min_value=1, max_value=4, required=False, help_text="1 to 4; 3 means high and critical."
    )
    since = serializers.DateTimeField(required=False, help_text="ISO 8601; flags raised from then.")
    course_ref = serializers.CharField(max_length=255, required=False)
    page = serializers.IntegerField(min_value=1, required=False)
    page_size = serializers.IntegerField(min_value=1, max_value=200, required=False)


class FlagPostSerializer(serializers.Serializer):
    """Where the flagged post came from. Never its text: the sender has it, staff read it here."""

    id = serializers.IntegerField()
    source = serializers.ChoiceField(choices=ModeratedPost.Source.choices)
    status = serializers.ChoiceField(choices=ModeratedPost.Status.choices)
    external_source = serializers.CharField()
    external_id = serializers.CharField()
    author_ref = serializers.CharField()
    course_ref = serializers.SerializerMethodField()

    def get_course_ref(self, post: ModeratedPost) -> str:
        return post.course_ref or (post.course.context_id if post.course_id else "")


class FlagMatchSerializer(serializers.Serializer):
    term = serializers.CharField(help_text="The library's keyword, not the student's words.")
    category = serializers.ChoiceField(choices=Category.choices)
    severity = serializers.IntegerField()
    context = serializers.ChoiceField(choices=ContextLabel.choices)
    false_positive = serializers.BooleanField()


class FlagSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    category = serializers.ChoiceField(choices=Category.choices)
    severity = serializers.IntegerField()
    severity_label = SeverityLabelField(source="severity")
    status = serializers.ChoiceField(choices=Flag.Status.choices)
    outcome = serializers.CharField(help_text="Empty until resolved.")
    is_pattern = serializers.BooleanField(
        help_text="A combined flag for repeated lower-severity posts; it has no single post."
    )
    created_at = serializers.DateTimeField()
    acknowledged_at = serializers.DateTimeField(allow_null=True)
    resolved_at = serializers.DateTimeField(allow_null=True)
    post = FlagPostSerializer(allow_null=True)
    matches = FlagMatchSerializer(many=True)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


def error_responses(*codes: int) -> dict[int, OpenApiResponse]:
    described = {
        400: "Invalid input: field errors, or a body that is not a UTF-8 JSON object.",
        401: "No API key, or one that is not valid.",
        403: "The key's scope does not allow this.",
        413: "The body is larger than the configured limit.",
        429: "Too many requests for this key; retry after the Retry-After header's seconds.",
    }
    return {code: OpenApiResponse(ErrorSerializer, described[code]) for code in codes}


# --- Views --------------------------------------------------------------------------------
