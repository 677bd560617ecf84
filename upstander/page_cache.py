"""Rendered public pages, kept for visitors who are not signed in.

A family reading a guide gets the same page as every other family: rendering it afresh (11-23
queries and 20-30 ms of CPU a page) made the public site the first thing to fall over under
load. This middleware keeps the rendered page in each worker's memory and serves it again,
without running the session, CSRF, auth or view code, to any visitor the page would be the
same for. What makes that safe:

- Only views that say so are kept: Wagtail pages without view restrictions
  (`curriculum/wagtail_hooks.py`) and the curriculum search. The concern form, the LTI pages,
  the lesson flow, the dashboards and the admin never are.
- Never for a signed-in user or an LTI session: a request carrying a session cookie (the
  site's or the LMS iframe's), a messages cookie or an Authorization header is neither served
  from nor stored in the cache; a response is not stored if the user turned out signed in, if
  it sets a cookie, if it used the visitor's CSRF token, or if it says `private`/`no-store`.
- Keyed by scheme, host, path and query string, the visitor's language, and the site's
  content generation: a token in the shared cache that publishing, unpublishing, moving or
  deleting a page (or saving help contacts) replaces, so every worker's copies of every page
  go at once (a home page lists guides, a guide lists lessons: one change, everything new).
  The generation is read when the request starts, so a page rendered from data older than a
  change is never stored under the new generation. `PAGE_CACHE_SECONDS` bounds how long a copy
  lives whatever happens; 0 turns the cache off.
- The CSP nonce stays per response: a kept page's nonce is replaced by a placeholder, and each
  response served from it gets a fresh nonce in both the page and the header (this middleware
  sits inside django-csp's, which writes the header).

Memory: each worker keeps at most `PAGE_CACHE_MAX_BYTES` of pages, least recently used first
out; nothing is written to Redis but the generation token.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import translation

logger = logging.getLogger("upstander.page_cache")

GENERATION_KEY = "public-pages:generation"
NONCE_PLACEHOLDER = b"\x00csp-nonce\x00"
CACHE_HEADER = "X-Page-Cache"
_MARK = "_public_page_cacheable"


def allow(request: HttpRequest) -> None:
    """The view says: what I render depends only on the URL, the language and published
    content (never on who asks). The middleware still refuses anything personal."""
    setattr(request, _MARK, True)


# --- The content generation ----------------------------------------------------------------------


def content_changed(**_kwargs: object) -> None:
    """Every worker's kept pages are stale: now, and again when the change commits (a page
    rendered in between from the old rows must not be kept under the new generation)."""
    _new_generation()
    transaction.on_commit(_new_generation)


def _new_generation() -> None:
    try:
        cache.set(GENERATION_KEY, secrets.token_hex(8), None)
    except Exception:  # the shared cache is away: copies expire after PAGE_CACHE_SECONDS
        logger.exception("public page cache: could not mark content changed")


def current_generation() -> str | None:
    """The generation token, made when there is none (a fresh or restarted cache); None when
    the cache cannot be read, and then pages are rendered afresh."""
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, secrets.token_hex(8), None)
            generation = cache.get(GENERATION_KEY)
        return generation
    except Exception:
        logger.warning("public page cache: the shared cache is unavailable; rendering afresh")
        return None


# --- Each worker's pages -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeptPage:
    content: bytes
    headers: tuple[tuple[str, str], ...]
    has_nonce: bool
    expires: float

    @property
    def size(self) -> int:
        return len(self.content) + sum(len(k) + len(v) for k, v in self.headers)

    def response(self, request: HttpRequest) -> HttpResponse:
        content = self.content
        if self.has_nonce:
            # A fresh nonce, which django-csp (outside this middleware) also puts in the header.
            content = content.replace(NONCE_PLACEHOLDER, str(request.csp_nonce).encode())
        response = HttpResponse(content)
        for name, value in self.headers:
            response[name] = value
        response["Content-Length"] = str(len(content))
        response[CACHE_HEADER] = "hit"
        return response


class PageStore:
    """A least-recently-used store bounded in bytes, safe for threaded workers."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._pages: OrderedDict[tuple, KeptPage] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple, now: float) -> KeptPage | None:
        with self._lock:
            page = self._pages.get(key)
            if page is None:
                return None
            if page.expires <= now:
                self._drop(key)
                return None
            self._pages.move_to_end(key)
            return page

    def put(self, key: tuple, page: KeptPage) -> None:
        if page.size > self.max_bytes:
            return
        with self._lock:
            if key in self._pages:
                self._drop(key)
            self._pages[key] = page
            self.bytes += page.size
            while self.bytes > self.max_bytes:
                self._drop(next(iter(self._pages)))

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self.bytes = 0

    def _drop(self, key: tuple) -> None:
        self.bytes -= self._pages.pop(key).size


store = PageStore(getattr(settings, "PAGE_CACHE_MAX_BYTES", 16 * 1024 * 1024))


# --- Who may be served a kept page ---------------------------------------------------------------


def personal_cookies() -> tuple[str, ...]:
    return (
        settings.SESSION_COOKIE_NAME,
        getattr(settings, "LTI_SESSION_COOKIE_NAME", "lti_sessionid"),
        "messages",
        getattr(settings, "LTI_MESSAGES_COOKIE_NAME", "lti_messages"),
    )


def is_anonymous_visit(request: HttpRequest, cookies: tuple[str, ...]) -> bool:
    if request.method != "GET" or "HTTP_AUTHORIZATION" in request.META:
        return False
    return not any(name in request.COOKIES for name in cookies)


def page_key(request: HttpRequest) -> tuple | None:
    try:
        host = request.get_host()
    except DisallowedHost:
        return None  # the view answers 400 as usual
    language = translation.get_language_from_request(request)
    return (request.scheme, host, request.path, request.META.get("QUERY_STRING", ""), language)


def may_keep(request: HttpRequest, response: HttpResponse) -> bool:
    if not getattr(request, _MARK, False) or response.status_code != 200:
        return False
    if response.streaming or response.cookies or response.has_header("Set-Cookie"):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page holds this visitor's token
        return False
    user = getattr(request, "_cached_user", None)
    if user is not None and user.is_authenticated:
        return False
    control = response.get("Cache-Control", "").lower()
    return "private" not in control and "no-store" not in control


def keep(request: HttpRequest, response: HttpResponse, seconds: int) -> KeptPage:
    content = response.content
    nonce = getattr(request, "_csp_nonce", None)
    has_nonce = isinstance(nonce, str) and nonce.encode() in content
    if has_nonce:
        content = content.replace(nonce.encode(), NONCE_PLACEHOLDER)
    headers = tuple((k, v) for k, v in response.items() if k.lower() != "content-length")
    return KeptPage(content, headers, has_nonce, time.monotonic() + seconds)


class PublicPageCacheMiddleware:
    """Serves and keeps rendered public pages (see the module's docstring). Sits after
    django-csp's middleware and before the session's."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.seconds = settings.PAGE_CACHE_SECONDS
        self.cookies = personal_cookies()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.seconds <= 0 or not is_anonymous_visit(request, self.cookies):
            return self.get_response(request)
        key = page_key(request)
        generation = current_generation() if key is not None else None
        if generation is None:
            return self.get_response(request)
        key = (generation, *key)
        kept = store.get(key, time.monotonic())
        if kept is not None:
            return kept.response(request)
        response = self.get_response(request)
        if may_keep(request, response):
            store.put(key, keep(request, response, self.seconds))
        return response
