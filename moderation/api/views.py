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
from django.utils.translation import get_language_from_request
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import (
    APIException,
    AuthenticationFailed,
    ParseError,
    UnsupportedMediaType,
)
from rest_framework.generics import ListAPIView
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import BaseParser
from rest_framework.permissions import BasePermission
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from moderation.api import keys as api_keys
from moderation.api import plain
from moderation.api.integrations import (
    FlagFilters,
    IngestedPost,
    ScanResult,
    ingest_post,
    reporting_flags,
    scan_submission,
)
from moderation.api.serializers import (
    FlagFilterSerializer,
    FlagSerializer,
    PostRequestSerializer,
    PostResponseSerializer,
    ScanRequestSerializer,
    ScanResponseSerializer,
    error_responses,
    read_post_request,
    read_scan_request,
)
from moderation.api.throttle import IntegrationRateThrottle, budget_of
from moderation.engine import SEVERITIES
from moderation.flags.actions import PostRejected
from moderation.flags.hot_path import warn_now_and_then
from moderation.models import ApiKey
from moderation.scanning.spanish import definition_in
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
        view = (request.parser_context or {}).get("view")
        scope = getattr(view, "throttle_scope", None)
        taken = getattr(request._request, plain.KEY_TAKEN, None)
        if taken is not None and taken[0] == raw_key:  # found and counted on the plain path
            key, decision = taken[1], taken[2]
        else:
            need = api_keys.need_of(request.method)
            key, decision = api_keys.find_key_and_take(raw_key, need, scope)
        if key is None:
            raise AuthenticationFailed("This API key is not valid or has been deactivated.")
        if decision is not None:  # counted with the key: the throttle reads it here
            request.counted_budget = (budget_of(scope, key.integration_id), decision)
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
        return api_keys.key_allows(key, api_keys.need_of(request.method))


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


class JsonOnly(DefaultContentNegotiation):
    """The API answers JSON, whatever the Accept header asks for: no header to parse and
    match per request (the body's Content-Type is still checked, by the parser's choice)."""

    def select_renderer(self, request: Any, renderers: list, format_suffix: Any = None) -> tuple:
        return renderers[0], renderers[0].media_type


class ModerationApiView(APIView):
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [HasKeyScope]
    throttle_classes = [IntegrationRateThrottle]
    parser_classes = [StrictJSONParser]
    renderer_classes = [JSONRenderer]
    content_negotiation_class = JsonOnly

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
            body, headers = database_unavailable(exc)
            return Response(body, status=status.HTTP_503_SERVICE_UNAVAILABLE, headers=headers)
        return super().handle_exception(exc)


def database_unavailable(exc: Exception) -> tuple[dict[str, str], dict[str, str]]:
    """The 503's body and headers, on either path. The database restarting or unreachable:
    nothing was stored (record_post answers for a post whose commit went through), so the
    sender's retry stores it once. A 503 says "retry", a 500 would say "bug"."""
    warn_now_and_then(logger, "database", "API request refused, database unavailable: %s", exc)
    return (
        {"detail": "The database cannot be reached just now; retry in a few seconds."},
        {"Retry-After": str(DATABASE_RETRY_AFTER_SECONDS)},
    )


class ScanView(plain.PlainFirst, ModerationApiView):
    throttle_scope = "moderation_write"
    plain_answer = staticmethod(plain.plain_scan)

    @extend_schema(
        operation_id="scan",
        summary="Scan a text without storing it",
        request=ScanRequestSerializer,
        responses={200: ScanResponseSerializer, **error_responses(400, 401, 403, 413, 429)},
    )
    def post(self, request: Request) -> Response:
        result: ScanResult = scan_submission(**read_scan_request(request.data))
        return Response(scan_answer(result, reader_language(request)))


def reader_language(request: Any) -> str | None:
    """The language the client asks for (Accept-Language), for the definitions of a scan. The
    API's lane skips Django's LocaleMiddleware (upstander/api_lane.py), so it is read here."""
    if "HTTP_ACCEPT_LANGUAGE" not in request.META:
        return None
    return get_language_from_request(request)


def scan_answer(result: ScanResult, language: str | None = None) -> dict[str, Any]:
    """What `ScanResponseSerializer` documents, built directly, as `post_answer` is
    (tests/moderation/api/test_plain_requests.py holds them equal). Each definition is in
    ``language`` where the entry has it (English by default)."""
    return {
        "text": result.text,
        "highest_severity": result.highest_severity,
        "library_version": str(result.library_version),
        "matches": [
            {
                "term": str(match.entry.term),
                "category": match.category,
                "severity": int(match.severity),
                "severity_label": SEVERITIES[match.severity],
                "definition": definition_in(str(match.entry.definition), language),
                "start": int(match.start),
                "end": int(match.end),
                "matched_text": str(match.text),
                "context": match.context,
            }
            for match in result.matches
        ],
    }


class PostsView(plain.PlainFirst, ModerationApiView):
    throttle_scope = "moderation_write"
    plain_answer = staticmethod(plain.plain_post)

    @extend_schema(
        operation_id="ingest_post",
        summary="Send a post for moderation (idempotent on source and external_id)",
        request=PostRequestSerializer,
        responses={
            201: OpenApiResponse(PostResponseSerializer, "Recorded and scanned."),
            200: OpenApiResponse(
                PostResponseSerializer, "Already recorded: the same post, nothing new stored."
            ),
            **error_responses(400, 401, 403, 413, 429),
        },
    )
    def post(self, request: Request) -> Response:
        given = read_post_request(request.data)
        try:
            result: IngestedPost = ingest_post(integration=request.auth.integration, **given)
        except PostRejected as refused:
            field = {"external_source": "source"}.get(refused.field, refused.field)
            raise serializers.ValidationError({field: [refused.message]}) from None
        return Response(
            post_answer(result),
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )


def post_answer(result: IngestedPost) -> dict[str, Any]:
    """What `PostResponseSerializer` documents, built directly: walking its fields took a
    tenth of a clean post's time (tests/moderation/api/test_post_answer.py holds them equal)."""
    post, flag = result.post, result.flag
    return {
        "id": post.pk,
        "source": post.external_source,
        "external_id": post.external_id,
        "status": post.status,
        "created": result.created,
        "flag": None
        if flag is None
        else {
            "id": flag.pk,
            "category": flag.category,
            "severity": flag.severity,
            "severity_label": SEVERITIES[flag.severity],
            "status": flag.status,
        },
        "support_message": result.support_message,
    }


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
        responses={200: FlagSerializer(many=True), **error_responses(400, 401, 403, 429)},
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
