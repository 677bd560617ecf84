"""LTI endpoints. Thin: verification lives in launch.py, writes in actions.py."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import login as auth_login
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lti import storage
from lti.actions import record_launch
from lti.decorators import lti_frameable
from lti.keys import is_published
from lti.keys import jwks as tool_jwks
from lti.launch import LaunchRejected, language_asked_by, log_rejection, verify_launch
from lti.middleware import remember_language
from lti.models import Role
from lti.oidc import LoginRejected, start_login
from lti.registration import LOGO

logger = logging.getLogger("lti.views")


def rejection_page(request: HttpRequest, rejection: LaunchRejected, **extra) -> HttpResponse:
    """Why Upstander did not open, in the language the launch asked for (its locale), else in
    the browser's or the one the person chose before (LocaleMiddleware), as every page is."""
    log_rejection(request, rejection)
    context = {"message": rejection.message, "code": rejection.code, **extra}
    language = language_asked_by(request) or translation.get_language()
    with translation.override(language):
        response = render(request, "lti/error.html", context, status=rejection.status)
    response["Content-Language"] = language
    return response


def launch_url(request: HttpRequest) -> str:
    return request.build_absolute_uri(reverse("lti:launch"))


@csrf_exempt
@lti_frameable
@require_http_methods(["GET", "POST"])
def login(request: HttpRequest) -> HttpResponse:
    """OIDC third-party login initiation (GET or POST from the LMS)."""
    try:
        return start_login(request, launch_url(request))
    except LoginRejected as rejection:
        return rejection_page(request, rejection)


@require_GET
def login_check(request: HttpRequest) -> JsonResponse:
    """Asked by the login page in the LMS frame: did the state cookie come back?"""
    return storage.cookies_came_back(request)


@csrf_exempt
@lti_frameable
@require_POST
def launch(request: HttpRequest) -> HttpResponse:
    """The LMS posts the signed id_token here. Nothing is created until it is fully verified."""
    mode = storage.launch_mode(request)
    if mode.needs_platform_storage:
        return storage.platform_storage_page(request, mode)
    if mode.cookies_blocked:
        return rejection_page(
            request,
            LaunchRejected(
                "cookies_blocked",
                _("Your browser blocked the cookies Upstander needs inside the course page."),
                403,
            ),
            reopen=True,
        )
    try:
        ctx = verify_launch(request, login_record=mode.record if mode.verified_by_storage else None)
        # An empty or unknown roles claim is a valid launch: it makes the least-privileged
        # learner (Role.NONE), who takes the lesson and sees only their own work.
        if ctx.is_deep_linking and ctx.role != Role.TEACHER:
            raise LaunchRejected("not_teacher", _("Only teachers can choose lessons."), 403)
        result = record_launch(ctx)
    except LaunchRejected as rejection:
        return rejection_page(request, rejection)

    # Where the person lands (the picker, a lesson, the dashboard) the launch handler decided.
    target = result.landing_url
    if mode.verified_by_storage:
        return storage.continue_in_new_tab(request, result.user, target, ctx.language)
    auth_login(request, result.user, backend="django.contrib.auth.backends.ModelBackend")
    logger.info("LTI launch: %s as %s in course %s", ctx.message_type, ctx.role, result.course.pk)
    return remember_language(redirect(target), ctx.language)


@require_GET
def jwks(request: HttpRequest, key_set: str = "") -> JsonResponse:
    """The tool's own public keys (what platforms configured before each had a set of its own
    trust), or (with `key_set`) those of the set one platform was given: no other LMS is told
    to trust them. A set, the tool's own too, is published only while a platform that is
    switched on holds it (lti.keys.is_published)."""
    if not is_published(key_set):
        raise Http404("No such key set.")
    keys = tool_jwks(key_set)
    if key_set and not keys["keys"]:
        raise Http404("No such key set.")
    response = JsonResponse(keys)
    response["Cache-Control"] = "public, max-age=300"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def canvas_config(request: HttpRequest, key_set: str = "") -> JsonResponse:
    """Paste this URL into Canvas > Developer Keys > LTI Key > Method: Enter URL. With
    `key_set` (the address a platform's admin page shows), its public JWK URL is that
    platform's own key set; without, the tool's own (for keys made before)."""
    if not is_published(key_set):
        raise Http404("No such key set.")
    jwks_url = reverse("lti:key_set_jwks", args=[key_set]) if key_set else reverse("lti:jwks")
    launch = launch_url(request)
    scopes = [
        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
    ]
    placements = [
        {
            "placement": "link_selection",
            "message_type": "LtiDeepLinkingRequest",
            "target_link_uri": launch,
            "text": "Upstander lessons",
        },
        {
            "placement": "assignment_selection",
            "message_type": "LtiDeepLinkingRequest",
            "target_link_uri": launch,
            "text": "Upstander lesson",
        },
        {
            "placement": "course_navigation",
            "message_type": "LtiResourceLinkRequest",
            "target_link_uri": launch,
            "text": "Upstander dashboard",
            "visibility": "admins",
            "default": "enabled",
        },
    ]
    return JsonResponse(
        {
            "title": settings.LTI_TOOL_TITLE,
            "description": "Digital-citizenship lessons to assign, launch and grade.",
            "oidc_initiation_url": request.build_absolute_uri(reverse("lti:login")),
            "target_link_uri": launch,
            "public_jwk_url": request.build_absolute_uri(jwks_url),
            "scopes": scopes,
            "extensions": [
                {
                    "platform": "canvas.instructure.com",
                    "domain": request.get_host(),
                    "privacy_level": "name_only",
                    "settings": {
                        "placements": placements,
                        "icon_url": request.build_absolute_uri(f"{settings.STATIC_URL}{LOGO}"),
                    },
                }
            ],
            "custom_fields": {},
        }
    )
