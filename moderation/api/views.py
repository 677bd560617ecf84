"""The REST API for integrations (Django REST framework), served at /api/v1/.

- `POST /api/v1/scan`: scan a text or HTML, store nothing, return the matches.
- `POST /api/v1/posts`: take in a post from another system, once per (source, external_id)
  of the key's integration: another integration's ids never collide with them.
- `GET /api/v1/flags`: flags on the posts the key's integration sent, filtered and paginated.

Every request carries `Authorization: Api-Key <key>`; keys are scoped to read (GET) or write
(POST); each integration has a request budget per scope (moderation.api.throttle). Bodies
over `MODERATION_API_MAX_BODY_BYTES` get 413 before they are parsed; anything that is not a
UTF-8 JSON object gets 400 with a plain message.
The work itself is in `moderation.api.integrations`.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import InterfaceError, OperationalError
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import (
    APIException,
    AuthenticationFailed,
    ParseError,
    UnsupportedMediaType,
)
from rest_framework.generics import ListAPIView
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import BaseParser
from rest_framework.permissions import BasePermission
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from moderation.api import keys as api_keys
from moderation.api.integrations import (
    FlagFilters,
    IngestedPost,
    ScanResult,
    ingest_post,
    reporting_flags,
    scan_submission,
)
from moderation.api.throttle import IntegrationRateThrottle
from moderation.engine import SEVERITIES
from moderation.flags.actions import PostRejected
from moderation.flags.hot_path import warn_now_and_then
from moderation.models import ApiKey, Category, ContextLabel, Flag, ModeratedPost
from moderation.scanning.sanitize import stored_text
from moderation.staff import audit

JSON_ONLY = "Send the body as a JSON object with Content-Type: application/json."
# Our bodies are flat objects; anything nested deeper is refused before a serializer walks it
# (Python's json module recurses, and a few thousand brackets raise RecursionError).
MAX_JSON_DEPTH = 10
DATABASE_RETRY_AFTER_SECONDS = 2
logger = logging.getLogger("moderation.api.views")


# --- Authentication, scopes, throttling, body limits -----------------------------------------


class ApiKeyAuthentication(BaseAuthentication):
    """`Authorization: Api-Key <key>`. `request.auth` is the ApiKey; there is no user."""

    keyword = "Api-Key"

    def authenticate(self, request: Request) -> tuple[Any, ApiKey] | None:
        header = request.META.get("HTTP_AUTHORIZATION", "")
        scheme, _, raw_key = header.strip().partition(" ")
        if scheme.lower() != self.keyword.lower():
            return None  # no key at all: the permission check answers 401
        raw_key = raw_key.strip()
        if not raw_key:
            raise AuthenticationFailed("The Api-Key header has no key in it.")
        key = api_keys.find_key(raw_key)
        if key is None:
            raise AuthenticationFailed("This API key is not valid or has been deactivated.")
        api_keys.touch(key)
        return AnonymousUser(), key

    def authenticate_header(self, request: Request) -> str:
        return self.keyword


class HasKeyScope(BasePermission):
    """GET needs a key that may read; POST one that may write."""

    message = "This API key's scope does not allow this request."

    def has_permission(self, request: Request, view: APIView) -> bool:
        key = request.auth
        if not isinstance(key, ApiKey):
            return False
        need = api_keys.READ if request.method in ("GET", "HEAD", "OPTIONS") else api_keys.WRITE
        return api_keys.key_allows(key, need)


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "payload_too_large"

    def __init__(self) -> None:
        limit = settings.MODERATION_API_MAX_BODY_BYTES
        super().__init__(f"The request body is larger than the {limit} bytes this API accepts.")


class StrictJSONParser(BaseParser):
    """UTF-8 JSON and nothing else, read no further than the size limit."""

    media_type = "application/json"
    renderer_class = JSONRenderer

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        limit = settings.MODERATION_API_MAX_BODY_BYTES
        raw = stream.read(limit + 1) if stream is not None else b""
        if len(raw) > limit:
            raise PayloadTooLarge()
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ParseError(f"The body is not valid UTF-8 (bad byte at {exc.start}).") from None
        try:
            parsed = json.loads(decoded, parse_constant=_refuse_constant)
        except RecursionError:
            raise ParseError(_too_deep()) from None
        except ValueError as exc:
            where = (
                f" at line {exc.lineno}, column {exc.colno}"
                if isinstance(exc, json.JSONDecodeError)
                else ""
            )
            message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            raise ParseError(f"The body is not valid JSON: {message}{where}.") from None
        if _depth(parsed) > MAX_JSON_DEPTH:
            raise ParseError(_too_deep())
        return parsed


def _too_deep() -> str:
    return f"The body is nested too deeply: at most {MAX_JSON_DEPTH} levels of arrays and objects."


def _depth(value: Any) -> int:
    """How deeply arrays and objects nest in `value`, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_JSON_DEPTH:
            break
        stack.extend((child, level + 1) for child in children)
    return deepest


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _declared_length(request: Request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise ParseError("The Content-Length header is not a number.") from None


class ModerationApiView(APIView):
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [HasKeyScope]
    throttle_classes = [IntegrationRateThrottle]
    parser_classes = [StrictJSONParser]
    renderer_classes = [JSONRenderer]

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        # Refuse an oversized body on its declared length, before authentication or parsing.
        length = _declared_length(request)
        if length > settings.MODERATION_API_MAX_BODY_BYTES:
            raise PayloadTooLarge()
        if length and not request.META.get("CONTENT_TYPE"):
            raise ParseError(JSON_ONLY)
        super().initial(request, *args, **kwargs)

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, UnsupportedMediaType):
            exc = ParseError(f"{JSON_ONLY} This request was {exc.detail}")
        if isinstance(exc, OperationalError | InterfaceError):
            # The database restarting or unreachable: nothing was stored, so the sender's retry
            # (same external id) stores it once. A 503 says "retry", a 500 would say "bug".
            warn_now_and_then(
                logger, "database", "API request refused, database unavailable: %s", exc
            )
            return Response(
                {"detail": "The database cannot be reached just now; retry in a few seconds."},
                status=status.HTTP_503_SERVICE_UNAVAILABLE,
                headers={"Retry-After": str(DATABASE_RETRY_AFTER_SECONDS)},
            )
        return super().handle_exception(exc)


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
    definition = serializers.CharField(source="entry.definition")
    start = serializers.IntegerField(help_text="Offset of the first character in `text`.")
    end = serializers.IntegerField(help_text="Offset just past the last character.")
    matched_text = serializers.CharField(source="text", help_text="text[start:end]")
    context = serializers.ChoiceField(
        choices=ContextLabel.choices,
        help_text="How the words around the match read it (negated, quoted, a threat...); "
        "`severity` is the one this context gives it.",
    )


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


def _errors(*codes: int) -> dict[int, OpenApiResponse]:
    described = {
        400: "Invalid input: field errors, or a body that is not a UTF-8 JSON object.",
        401: "No API key, or one that is not valid.",
        403: "The key's scope does not allow this.",
        413: "The body is larger than the configured limit.",
        429: "Too many requests for this key; retry after the Retry-After header's seconds.",
    }
    return {code: OpenApiResponse(ErrorSerializer, described[code]) for code in codes}


# --- Views --------------------------------------------------------------------------------


class ScanView(ModerationApiView):
    throttle_scope = "moderation_write"

    @extend_schema(
        operation_id="scan",
        summary="Scan a text without storing it",
        request=ScanRequestSerializer,
        responses={200: ScanResponseSerializer, **_errors(400, 401, 403, 413, 429)},
    )
    def post(self, request: Request) -> Response:
        given = ScanRequestSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        result: ScanResult = scan_submission(**given.validated_data)
        return Response(ScanResponseSerializer(result).data)


class PostsView(ModerationApiView):
    throttle_scope = "moderation_write"

    @extend_schema(
        operation_id="ingest_post",
        summary="Send a post for moderation (idempotent on source and external_id)",
        request=PostRequestSerializer,
        responses={
            201: OpenApiResponse(PostResponseSerializer, "Recorded and scanned."),
            200: OpenApiResponse(
                PostResponseSerializer, "Already recorded: the same post, nothing new stored."
            ),
            **_errors(400, 401, 403, 413, 429),
        },
    )
    def post(self, request: Request) -> Response:
        given = PostRequestSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            result: IngestedPost = ingest_post(
                integration=request.auth.integration, **given.validated_data
            )
        except PostRejected as refused:
            field = {"external_source": "source"}.get(refused.field, refused.field)
            raise serializers.ValidationError({field: [refused.message]}) from None
        return Response(
            PostResponseSerializer(result).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )


class FlagPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class FlagsView(ModerationApiView, ListAPIView):
    throttle_scope = "moderation_read"
    serializer_class = FlagSerializer
    pagination_class = FlagPagination

    @extend_schema(
        operation_id="list_flags",
        summary="Flags for the school's reporting, newest first",
        parameters=[FlagFilterSerializer],
        responses={200: FlagSerializer(many=True), **_errors(400, 401, 403, 429)},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        response = super().list(request, *args, **kwargs)
        key = request.auth
        audit.record(
            f"API key {key.name} ({key.prefix})",
            "api.flags_listed",
            None,
            filters=request.query_params.dict(),
            flags=[row["id"] for row in response.data["results"]],
        )
        return response

    def get_queryset(self):
        given = FlagFilterSerializer(data=self.request.query_params.dict())
        given.is_valid(raise_exception=True)
        wanted = {k: v for k, v in given.validated_data.items() if k not in ("page", "page_size")}
        return reporting_flags(FlagFilters(**wanted), self.request.auth.integration)


# --- The OpenAPI schema -------------------------------------------------------------------


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = ApiKeyAuthentication
    name = "ApiKey"

    def get_security_definition(self, auto_schema: Any) -> dict:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Api-Key <key>`; keys are made in the admin or with create_api_key.",
        }


def only_public_api(endpoints: list, **kwargs: Any) -> list:
    """drf-spectacular preprocessing hook: document our /api/v1/ endpoints and nothing else."""
    return [
        endpoint
        for endpoint in endpoints
        if endpoint[0].startswith("/api/v1/") and not endpoint[0].startswith("/api/v1/schema")
    ]
