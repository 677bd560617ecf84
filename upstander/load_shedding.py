"""Shed load early: a fast 503 with Retry-After instead of a time-out.

Under overload a worker that keeps working for clients who already gave up, while they retry,
turns a busy minute into a collapse. Two checks, before any other middleware runs:

1. In flight: one worker process works on at most `WEB_MAX_IN_FLIGHT` requests at once (it
   matters for threaded workers, gunicorn's gthread or a threaded WSGI server); one more is
   answered 503 at once.
2. Queued too long: behind a proxy that stamps when it took the request (nginx:
   `proxy_set_header X-Request-Start "t=${msec}";`), a request that waited longer than
   `WEB_MAX_QUEUE_MS` for a worker is answered 503 without doing the work: its client has
   most likely timed out. With sync workers this is where the queue is (gunicorn's backlog).

Only paths starting with one of `LOAD_SHED_PATHS` (the REST API by default: integrations
retry after a 503) are shed; a family reading a guide is served however long it waited.
A post that got a 503 was not stored, so its retry (same external id) stores it once.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger("upstander.load_shedding")

RETRY_AFTER_SECONDS = 1


def queued_ms(header: str, now: float) -> float | None:
    """How long ago (ms) the proxy stamped `header` ("t=<time>" in s, ms or µs since the epoch)."""
    value = header.strip().removeprefix("t=")
    try:
        stamp = float(value)
    except ValueError:
        return None
    if stamp > 1e14:  # microseconds
        stamp /= 1e6
    elif stamp > 1e11:  # milliseconds
        stamp /= 1e3
    return max(0.0, (now - stamp) * 1000)


def _refusal(reason: str) -> HttpResponse:
    body = json.dumps({"detail": f"The server is busy ({reason}); retry after a second."})
    response = HttpResponse(body, status=503, content_type="application/json")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


_slots_lock = threading.Lock()
_slots: dict[int, threading.BoundedSemaphore] = {}


def process_slots(limit: int) -> threading.BoundedSemaphore:
    """The process's in-flight slots: shared by every handler the process builds."""
    with _slots_lock:
        if limit not in _slots:
            _slots[limit] = threading.BoundedSemaphore(limit)
        return _slots[limit]


class LoadSheddingMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.paths = tuple(settings.LOAD_SHED_PATHS)
        self.max_queue_ms = settings.WEB_MAX_QUEUE_MS
        limit = settings.WEB_MAX_IN_FLIGHT
        self.slots = process_slots(limit) if limit > 0 else None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(self.paths):
            return self.get_response(request)
        stamp = request.META.get("HTTP_X_REQUEST_START")
        if stamp and self.max_queue_ms > 0:
            waited = queued_ms(stamp, time.time())
            if waited is not None and waited > self.max_queue_ms:
                logger.warning("shed %s after %.0f ms in the queue", request.path, waited)
                return _refusal("queued too long")
        if self.slots is None:
            return self.get_response(request)
        if not self.slots.acquire(blocking=False):
            logger.warning("shed %s: every in-flight slot of this worker is taken", request.path)
            return _refusal("too many requests in flight")
        try:
            return self.get_response(request)
        finally:
            self.slots.release()
