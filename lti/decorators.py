"""Only the pages an LMS shows in its iframe may be framed, and only by the registered LMSs.

`lti_frameable` lifts X-Frame-Options from a view and marks its responses; the site's CSP
middleware (upstander.csp) then writes `frame-ancestors` (and `form-action`, for the deep-link
return form that posts to the platform) with `lti_frame_ancestors()`: the web origins of every
active platform registration, plus the `LTI_FRAME_ANCESTORS` setting. Every other page is not
frameable at all.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.views.decorators.clickjacking import xframe_options_exempt

FRAME_ANCESTORS_CACHE_KEY = "lti:frame-ancestors:v1"
# Short, so that a platform switched off in another process stops framing the tool soon even
# where the save signal below did not run there (a management command, say).
FRAME_ANCESTORS_CACHE_SECONDS = 60


def platform_origins() -> list[str]:
    """Every web origin the active platform registrations name, cached briefly."""
    origins = cache.get(FRAME_ANCESTORS_CACHE_KEY)
    if origins is None:
        from lti.models import Platform

        found: set[str] = set()
        for platform in Platform.objects.filter(is_active=True):
            found |= platform.web_origins()
        origins = sorted(found)
        cache.set(FRAME_ANCESTORS_CACHE_KEY, origins, FRAME_ANCESTORS_CACHE_SECONDS)
    return origins


def lti_frame_ancestors() -> list[str]:
    """Who may frame the LTI pages: the registered platforms and `LTI_FRAME_ANCESTORS`."""
    extra = str(settings.LTI_FRAME_ANCESTORS or "").split()
    return list(dict.fromkeys([*extra, *platform_origins()])) or ["'none'"]


def forget_platform_origins(**_: Any) -> None:
    cache.delete(FRAME_ANCESTORS_CACHE_KEY)


# A lazy sender: connected as soon as anything can have cached the origins (this module is
# imported by every LTI view), without importing the models here.
post_save.connect(forget_platform_origins, sender="lti.Platform", dispatch_uid="lti-frame-save")
post_delete.connect(forget_platform_origins, sender="lti.Platform", dispatch_uid="lti-frame-del")


def lti_frameable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Let the registered LMSs show this view in their iframe: no X-Frame-Options, CSP
    `frame-ancestors` naming them instead (written by upstander.csp)."""

    @xframe_options_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response.lti_frameable = True
        return response

    return wrapper


def registration_frameable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Dynamic Registration runs in a window or iframe of an LMS that is not registered yet:
    besides the registered ones, the LMS the registration link was made for may frame the
    page. The view names that origin (`registration_frame_origin`) only once the link is
    known to be valid and the configuration URL is that LMS's; otherwise no one extra."""

    @lti_frameable
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        origin = getattr(response, "registration_frame_origin", None)
        if origin:
            response.lti_frame_ancestors = [origin]
        return response

    return wrapper
