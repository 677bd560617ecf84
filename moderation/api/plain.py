"""The API's everyday request answered without Django REST framework's machinery.

Nearly every request an integration sends is plain: a known write key within its budget, a
JSON object of strings the serializer would take as they are, a post or scan that succeeds.
For those, DRF's request wrapper, content negotiation, authentication, permission and throttle
objects, parser, `Response` and renderer cost about a third of a clean post's CPU in the web
worker. `PlainFirst` answers such a request here, with exactly the checks and the answer DRF
gives it (tests/moderation/api/test_plain_requests.py holds the two equal, headers and bytes);
anything else (no key, a bad key or scope, over budget, a body that is not plainly valid, a
post refused, the database away) goes on to the DRF view, which answers as it always has. The
key found and the budget counted here go with the request (`KEY_TAKEN`), so nothing is looked
up or counted twice on the way.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse

from moderation.api import keys as api_keys
from moderation.api import throttle
from moderation.api.integrations import ingest_post, scan_submission
from moderation.api.serializers import plain_post_request, plain_scan_request
from moderation.flags.actions import PostRejected

# The request attribute that carries (raw key, key found, decision) to ApiKeyAuthentication.
KEY_TAKEN = "moderation_api_key_taken"
KEYWORD = "api-key"
WRITE_SCOPE = "moderation_write"
# What DRF's JSONRenderer writes (COMPACT_JSON, UNICODE_JSON and STRICT_JSON at their defaults).
_SEPARATORS = (",", ":")


def render_json(data: Any) -> bytes:
    """`JSONRenderer().render(data)` for the plain values our answers hold."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=_SEPARATORS)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").encode()


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def _write_key(request: HttpRequest) -> Any:
    """The request's key if it may write and its budget has room, counted; None otherwise (DRF
    answers, with whatever was found and counted here)."""
    scheme, _, raw_key = request.META.get("HTTP_AUTHORIZATION", "").strip().partition(" ")
    raw_key = raw_key.strip()
    if scheme.lower() != KEYWORD or not raw_key:
        return None
    key, decision = api_keys.find_key_and_take(raw_key, api_keys.WRITE, WRITE_SCOPE)
    allowed = key is not None and api_keys.key_allows(key, api_keys.WRITE)
    if allowed and decision is None and (rate := throttle.rate_for(WRITE_SCOPE)) is not None:
        # Not counted with the key (its first request in this worker; no Redis): counted here,
        # as the throttle would after the permission check.
        decision = throttle.take(throttle.budget_of(WRITE_SCOPE, key.integration_id), rate)
    setattr(request, KEY_TAKEN, (raw_key, key, decision))
    if not allowed or (decision is not None and not decision.allowed):
        return None  # 401, 403 or 429
    api_keys.touch(key)
    return key


def _plainly_json(request: HttpRequest) -> bool:
    """A POST whose declared type and length are a plain request's: checked before the key is
    looked up and counted, as DRF refuses the others (413, 400) before it authenticates."""
    meta = request.META
    kind = meta.get("CONTENT_TYPE", "")
    if request.method != "POST" or (
        kind != "application/json" and not kind.startswith("application/json;")
    ):
        return False
    try:
        length = int(meta.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return 0 < length <= settings.MODERATION_API_MAX_BODY_BYTES


def _json_object(request: HttpRequest) -> dict | None:
    """The body if it is plainly a JSON object (StrictJSONParser takes it without complaint)."""
    raw = request.body  # kept by the request: DRF reads the same bytes if it answers instead
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    return data if type(data) is dict else None


def _answer(data: dict[str, Any], status: int, allow: str) -> HttpResponse:
    response = HttpResponse(render_json(data), status=status, content_type="application/json")
    response["Allow"] = allow  # as DRF's APIView adds to every answer
    return response


def plain_post(request: HttpRequest, allow: str) -> HttpResponse | None:
    """POST /api/v1/posts, when plain."""
    from moderation.api.views import database_unavailable, post_answer

    if not _plainly_json(request) or (key := _write_key(request)) is None:
        return None
    data = _json_object(request)
    given = plain_post_request(data) if data is not None else None
    if given is None:
        return None
    try:
        result = ingest_post(integration=key.integration, **given)
    except PostRejected:
        return None  # refused before anything was written: DRF answers its 400
    except (OperationalError, InterfaceError) as exc:
        # Answered here, never by running the post a second time on the DRF path: had the
        # error come after a commit, a post sent without an external id would be stored twice.
        body, headers = database_unavailable(exc)
        response = _answer(body, 503, allow)
        for name, value in headers.items():
            response[name] = value
        return response
    return _answer(post_answer(result), 201 if result.created else 200, allow)


def plain_scan(request: HttpRequest, allow: str) -> HttpResponse | None:
    """POST /api/v1/scan, when plain."""
    from moderation.api.views import reader_language, scan_answer

    if not _plainly_json(request) or _write_key(request) is None:
        return None
    data = _json_object(request)
    given = plain_scan_request(data) if data is not None else None
    if given is None:
        return None
    return _answer(scan_answer(scan_submission(**given), reader_language(request)), 200, allow)


class PlainFirst:
    """A mixin for an APIView: `as_view` answers a plain request with `plain_answer`, any
    other with the view as DRF runs it. The view function keeps DRF's attributes (the class
    for the schema, CSRF exemption)."""

    plain_answer: Callable[[HttpRequest, str], HttpResponse | None]

    @classmethod
    def as_view(cls, **initkwargs: Any) -> Callable[..., HttpResponse]:
        drf_view = super().as_view(**initkwargs)  # type: ignore[misc]
        allow = ", ".join(cls().allowed_methods)  # DRF's Allow header

        def view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            response = cls.plain_answer(request, allow)
            return drf_view(request, *args, **kwargs) if response is None else response

        view.__dict__.update(drf_view.__dict__)
        view.__doc__, view.__name__ = drf_view.__doc__, drf_view.__name__
        return view
