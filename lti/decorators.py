"""Only the LTI launch views may be framed by an LMS or posted to cross-site."""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.views.decorators.clickjacking import xframe_options_exempt


def lti_frameable(view):
    """Let an LMS show this view in its iframe: no X-Frame-Options, CSP frame-ancestors instead."""

    @xframe_options_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.headers.setdefault(
            "Content-Security-Policy", f"frame-ancestors {settings.LTI_FRAME_ANCESTORS}"
        )
        return response

    return wrapper
