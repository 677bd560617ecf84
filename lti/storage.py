"""When the browser blocks cookies in the LMS iframe.

1. LTI Client Side postMessages / Platform Storage (`lti_storage_target`): the login page puts a
   one-time secret into the platform's storage by postMessage; the launch page reads it back,
   accepting only an answer from the platform's origin, and posts it with the id_token. The
   secret replaces the state cookie; the launch data is found under the storage session id the
   login recorded. Since the iframe cannot keep a session cookie either, the verified launch
   ends with a one-time link that opens Upstander in a new tab, where cookies are first-party.
   Login records and one-time links live in the durable `lti_state` store (lti/state_cache.py):
   an evicted record would let a used link work again or end a login early.
2. Neither cookies nor platform storage: the page says so plainly and offers to start again in
   a new tab (the login runs there at top level).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from lti.claims import contains_control
from lti.state_cache import state_cache

LOGIN_PARAMS = (
    "iss",
    "login_hint",
    "target_link_uri",
    "lti_message_hint",
    "lti_deployment_id",
    "client_id",
)
LOGIN_RECORD_LIFETIME = 600
CONTINUE_LIFETIME = 120


def _login_key(state: str) -> str:
    return f"lti-login-{state}"


def remember_login(state, params, platform, session_id, storage_target: str) -> dict:
    parts = urlsplit(platform.auth_login_url)
    record = {
        "state": state,
        "params": {k: params.get(k) for k in LOGIN_PARAMS if params.get(k)},
        "session_id": session_id,
        "storage_target": storage_target or "",
        "secret": secrets.token_urlsafe(32),
        "platform_origin": f"{parts.scheme}://{parts.netloc}",
    }
    state_cache().set(_login_key(state), record, LOGIN_RECORD_LIFETIME)
    return record


def login_storage_page(request: HttpRequest, auth_url: str, record: dict) -> HttpResponse:
    return render(
        request,
        "lti/storage_login.html",
        {
            "auth_url": auth_url,
            "target": record["storage_target"],
            "origin": record["platform_origin"],
            "key": f"upstander_{record['state']}",
            "secret": record["secret"],
        },
    )


@dataclass(frozen=True, slots=True)
class LaunchMode:
    record: dict | None = None
    needs_platform_storage: bool = False
    verified_by_storage: bool = False
    cookies_blocked: bool = False
    new_tab_url: str = ""


def is_plain_state(state: str) -> bool:
    """A state or token as we make them (URL-safe, short): anything else is never looked up,
    so a NUL never reaches a database query."""
    return 0 < len(state) <= 255 and not contains_control(state)


def launch_mode(request: HttpRequest) -> LaunchMode:
    state = request.POST.get("state", "")
    if not is_plain_state(state) or request.COOKIES.get(f"lti1p3-{state}") == state:
        return LaunchMode()
    record = state_cache().get(_login_key(state))
    if record is None:
        return LaunchMode()  # verification rejects it: no login started this launch
    if record["storage_target"]:
        secret = request.POST.get("lti_storage_secret", "")
        if not secret:
            return LaunchMode(record=record, needs_platform_storage=True)
        if secrets.compare_digest(secret, record["secret"]) and state_cache().delete(
            _login_key(state)
        ):
            return LaunchMode(record=record, verified_by_storage=True)
        return LaunchMode()
    new_tab = reverse("lti:login") + "?" + urlencode(record["params"])
    return LaunchMode(record=record, cookies_blocked=True, new_tab_url=new_tab)


def platform_storage_page(request: HttpRequest, mode: LaunchMode) -> HttpResponse:
    record = mode.record or {}
    return render(
        request,
        "lti/storage_launch.html",
        {
            "id_token": request.POST.get("id_token", ""),
            "state": request.POST.get("state", ""),
            "target": record.get("storage_target", ""),
            "origin": record.get("platform_origin", ""),
            "key": f"upstander_{record.get('state', '')}",
            "new_tab_url": reverse("lti:login") + "?" + urlencode(record.get("params", {})),
        },
    )


def continue_in_new_tab(request: HttpRequest, user, target: str) -> HttpResponse:
    token = secrets.token_urlsafe(32)
    state_cache().set(
        f"lti-continue-{token}", {"user_id": user.pk, "target": target}, CONTINUE_LIFETIME
    )
    return render(
        request, "lti/open_in_new_tab.html", {"url": reverse("lti:continue", args=[token])}
    )


def continue_view(request: HttpRequest, token: str) -> HttpResponse:
    key = f"lti-continue-{token}"
    data = state_cache().get(key)
    # Single use: only the request that deletes the key may log in.
    if data is None or not state_cache().delete(key):
        return render(
            request,
            "lti/error.html",
            {
                "message": "This link has expired. Open Upstander again from your course.",
                "code": "continue_expired",
            },
            status=400,
        )
    user = get_user_model().objects.get(pk=data["user_id"])
    auth_login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect(data["target"])
