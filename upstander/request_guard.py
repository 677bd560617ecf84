"""Addresses no browser or LMS sends: refused with a clear 400 before any view or query.

A NUL byte or another C0 control character in a URL's path or query string is never part of a
real page, search or filter, yet PostgreSQL refuses it in a query with an error (a 500 on every
view that filters on a parameter: search's strand, the picker, the audit log). Refusing it at
the door covers every such view at once. Form bodies are left to the views: a lesson post with
a stray NUL is cleaned and kept, never thrown away.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_control_characters(request: HttpRequest) -> bool:
    query = unquote(request.META.get("QUERY_STRING", ""), errors="replace")
    return bool(CONTROL_CHARACTERS.search(request.path) or CONTROL_CHARACTERS.search(query))


class RefuseControlCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if has_control_characters(request):
            return HttpResponseBadRequest(
                "This address contains characters that no page uses. Check the link and try again.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
