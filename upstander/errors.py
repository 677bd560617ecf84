"""The pages a person meets when a page is not there (404) or not for them (403), in their
language: the one their launch named (the LMS pages' language cookie) or their browser asks for
(LocaleMiddleware), as every other page around them. Without these the pages were Django's or
English ones, inside a Spanish course too."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

FORM_EXPIRED = _(
    "This form could not be sent: the page was open a long time, or the browser did not keep "
    "Upstander's cookie. Go back, reload the page and send it again. Copy anything you wrote "
    "first so that it is not lost."
)
NOT_ALLOWED = _("This page is not open to you.")


def _in_readers_language(request: HttpRequest, template: str, context: dict, status: int):
    # base.html writes a page in its content's language; these have none but the reader's.
    return render(request, template, {**context, "language": get_language()}, status=status)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _in_readers_language(request, "404.html", {}, 404)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _in_readers_language(request, "403.html", {"message": NOT_ALLOWED, "refused": True}, 403)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Django's own page says "CSRF verification failed" to a student whose form went stale."""
    return _in_readers_language(request, "403.html", {"message": FORM_EXPIRED}, 403)
