"""Staff sign-in throttling with django-axes: the backend that refuses a locked-out username and
client before any password is checked, and the page such a sign-in gets.

Settings (upstander/settings/base.py): ADMIN_LOGIN_FAILURE_LIMIT wrong passwords per username
and client, then ADMIN_LOGIN_COOLOFF_MINUTES of refusal. Both sign-in pages (Wagtail's
/admin/login/ and /django-admin/login/) authenticate with their request, so both are counted.
"""

from __future__ import annotations

import math
from typing import Any

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

LOCKED_OUT_STATUS = 429


class LoginThrottleBackend(AxesStandaloneBackend):
    """Axes' check, first in AUTHENTICATION_BACKENDS. A check without a request (the test
    client's `login`, a management command) comes from no client and is not an attempt over
    the web, so it is left to the next backend instead of failing; every sign-in page passes
    its request."""

    def authenticate(self, request: HttpRequest | None, *args: Any, **kwargs: Any) -> None:
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)


def cooloff_minutes() -> int:
    return max(math.ceil(float(settings.AXES_COOLOFF_TIME) * 60), 1)


def locked_out(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """The page after too many wrong passwords: what happened, how long, and what to do."""
    return render(
        request,
        "upstander/login_locked_out.html",
        {"minutes": cooloff_minutes(), "login_url": request.path},
        status=LOCKED_OUT_STATUS,
    )
