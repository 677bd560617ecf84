"""Bodies far larger than any page's form: refused on their declared length, unread.

Django caps a form's fields at DATA_UPLOAD_MAX_MEMORY_SIZE, but not a multipart body's files,
which it spools to disk whole, and it reads a body as soon as anything asks for `request.POST`:
the LTI launch and login (exempt from CSRF, since an LMS posts them across sites) for anyone,
and every other form once its Origin header names this site, which a script sets freely. No
page outside the staff admin takes a file, so a body over MAX_REQUEST_BODY_BYTES is answered
413 before a byte is read; the admin, where documents and images are uploaded, has
ADMIN_MAX_REQUEST_BODY_BYTES. The REST API has its own, smaller limit (its lane is taken
before this one, upstander/api_lane.py).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

ADMIN_PATHS = ("/admin/", "/django-admin/")


class BodyTooLarge(HttpResponse):
    status_code = 413


def body_limit(request: HttpRequest) -> int:
    if request.path_info.startswith(ADMIN_PATHS):
        return settings.ADMIN_MAX_REQUEST_BODY_BYTES
    return settings.MAX_REQUEST_BODY_BYTES


class BodyLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        declared = request.META.get("CONTENT_LENGTH") or "0"
        if not declared.isascii() or not declared.isdigit() or len(declared) > 15:
            return HttpResponse(
                "The Content-Length header is not a number.",
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        if int(declared) > body_limit(request):
            response = BodyTooLarge(
                "This request is far larger than any form here sends.",
                content_type="text/plain; charset=utf-8",
            )
            # The unread body stays on the connection: the client is told not to reuse it.
            response["Connection"] = "close"
            return response
        return self.get_response(request)
