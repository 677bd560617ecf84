"""The REST API's own lane through the middleware.

Every request passes the checks that matter for all of them first: load shedding, HTTPS and
the security headers, the control-character guard, and (here) the host check. A request to
the API (`API_LANE_PATHS`, /api/ by default) then goes straight to its view. The rest of the
stack is for pages and people: sessions, language, CSRF, signed-in users, messages, framing,
Wagtail's redirects, the sign-in throttle, the LMS iframe's cookies, the page policy and the
public page cache. The API uses none of them: it is authenticated by key (no cookie, so no
CSRF), it answers JSON (nothing to frame, and `nosniff` is set), and its messages are
English whatever the client's language (a scan's keyword definitions follow Accept-Language,
which the scan view reads itself). Passing through them cost about 1.2 ms of the 6 ms of CPU a
clean post took (a fifth), at 300 posts a second about a third of a core.

The view is called as Django calls it (URL resolution, `ATOMIC_REQUESTS`, response checks);
an error it raises is answered by the outer middleware's handler, as any other.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.handlers.base import BaseHandler
from django.http import HttpRequest, HttpResponse


class _ViewOnly(BaseHandler):
    """Django's own request-to-view step, with no view, template or exception middleware."""

    def __init__(self) -> None:
        super().__init__()
        self._view_middleware: list = []
        self._template_response_middleware: list = []
        self._exception_middleware: list = []


class ApiLaneMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.paths = tuple(settings.API_LANE_PATHS)
        self.view = _ViewOnly()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self.paths or not request.path_info.startswith(self.paths):
            return self.get_response(request)
        request.get_host()  # ALLOWED_HOSTS, as CommonMiddleware checks it: a bad host is a 400
        response = self.view._get_response(request)
        # As CommonMiddleware does: a length, so the answer is not sent chunked.
        if not response.streaming and not response.has_header("Content-Length"):
            response.headers["Content-Length"] = str(len(response.content))
        return response
