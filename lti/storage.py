"""When the browser blocks cookies in the LMS iframe.

An LMS's `lti_message_hint` works once: Moodle keeps the launch in the user's session under the
hint's launch id and deletes it at the first authorization request; Canvas keeps it five minutes
in Redis and deletes it on first read. So the tool must know whether its cookies work in the
frame BEFORE it sends the browser to the platform with that hint:

1. Login initiation inside a frame (`Sec-Fetch-Dest` is not `document`) answers with a small
   page instead of a redirect. The page sets the login's state cookie as usual and asks
   `/lti/login/check/` (same origin) whether that cookie came back. If it did, the page goes on
   to the platform's authorization endpoint. If not, the hint is still unspent, and:
   - with LTI Client Side postMessages / Platform Storage (`lti_storage_target`, Canvas), the
     page puts a one-time secret into the platform's storage by postMessage and goes on; the
     launch page reads it back, accepting only an answer from the platform's origin, and posts
     it with the id_token. The secret replaces the state cookie; the launch data is found under
     the storage session id the login recorded. The iframe cannot keep a session either, so
     the verified launch ends with a one-time link that opens Upstander in a new tab, and signs
     in only there, with a proof the new tab asks the frame for (see "The one-time link").
   - without it (Moodle 5.1 offers none), the page offers "Open Upstander in a new tab": the
     same login initiation again, at the top level where the tool's cookies are first-party,
     with the still-unspent hint. It can only ever lead to the registered platform's own
     authorization endpoint, which decides who the user is.
2. A login initiation at the top level (a new tab or window) redirects at once: first-party
   cookies are not blocked there.
3. A launch that still arrives without its cookie (JavaScript off, or cookies refused after the
   check) cannot be restarted: its hint is spent. The page says to open the activity again.

Login records and one-time links live in the durable `lti_state` store (lti/state_cache.py): an
evicted record would let a used link work again or end a login early.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from lti.claims import contains_control
from lti.middleware import remember_language
from lti.state_cache import state_cache

logger = logging.getLogger("lti.storage")

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
        # The LMS this login was started for: only its id_token may answer it (lti/launch.py).
        "platform_id": platform.pk,
    }
    state_cache().set(_login_key(state), record, LOGIN_RECORD_LIFETIME)
    return record


def login_record(state: str) -> dict | None:
    """What the login that issued `state` recorded, while it lives (LOGIN_RECORD_LIFETIME)."""
    return state_cache().get(_login_key(state)) if is_plain_state(state) else None


def is_top_level(request: HttpRequest) -> bool:
    """Whether the browser says this request opens a page in its own tab or window, where the
    tool's cookies are first-party. Browsers without Fetch Metadata (older Safari, which blocks
    third-party cookies) count as framed, so their cookies are checked."""
    return request.headers.get("Sec-Fetch-Dest", "") == "document"


def restart_url(record: dict) -> str:
    """The same login initiation again, for a new tab: only the parameters the LMS sent (the
    hint still unspent), each already checked, on our own login URL."""
    return reverse("lti:login") + "?" + urlencode(record["params"])


def login_page(request: HttpRequest, auth_url: str, record: dict) -> HttpResponse:
    """Check the tool's cookies in this frame before the platform's one-time hint is spent:
    go on to `auth_url` when they work, else use platform storage or offer a new tab."""
    response = render(
        request,
        "lti/login.html",
        {
            "auth_url": auth_url,
            "check_url": reverse("lti:login_check") + "?" + urlencode({"state": record["state"]}),
            "restart_url": restart_url(record),
            "target": record["storage_target"],
            "origin": record["platform_origin"],
            "key": f"upstander_{record['state']}",
            "secret": record["secret"] if record["storage_target"] else "",
        },
    )
    response["Cache-Control"] = "no-store"
    return response


def cookies_came_back(request: HttpRequest) -> JsonResponse:
    """Did this browser send back the state cookie of the login `state`? Only ever about the
    asking browser's own cookie: nothing is looked up, nothing changes."""
    state = request.GET.get("state", "")
    kept = is_plain_state(state) and request.COOKIES.get(f"lti1p3-{state}") == state
    response = JsonResponse({"cookies": kept})
    response["Cache-Control"] = "no-store"
    return response


@dataclass(frozen=True, slots=True)
class LaunchMode:
    record: dict | None = None
    needs_platform_storage: bool = False
    verified_by_storage: bool = False
    cookies_blocked: bool = False


def is_plain_state(state: str) -> bool:
    """A state or token as we make them (URL-safe, short): anything else is never looked up,
    so a NUL never reaches a database query."""
    return 0 < len(state) <= 255 and not contains_control(state)


def launch_mode(request: HttpRequest) -> LaunchMode:
    state = request.POST.get("state", "")
    if not is_plain_state(state) or request.COOKIES.get(f"lti1p3-{state}") == state:
        return LaunchMode()
    record = login_record(state)
    if record is None:
        return LaunchMode()  # verification rejects it: no login started this launch
    if record["storage_target"]:
        secret = request.POST.get("lti_storage_secret", "")
        if not secret:
            return LaunchMode(record=record, needs_platform_storage=True)
        if not posted_by_our_own_page(request):
            # The secret stands in for the state cookie only when our own launch page, in the
            # frame, read it from the platform's storage and posted it. Anyone may read their
            # own login's secret in its page, so a form on another site posting a login's
            # secret with its id_token would sign a classmate's browser in as that login's
            # person (login CSRF), as a stolen state cookie would.
            logger.warning("A platform-storage launch was posted from another site")
            return LaunchMode()
        if secrets.compare_digest(secret, record["secret"]) and state_cache().delete(
            _login_key(state)
        ):
            return LaunchMode(record=record, verified_by_storage=True)
        return LaunchMode()
    # The platform has spent its hint on this launch: starting the login again would only
    # reach its "invalid request" page, so the person is asked to open the activity again.
    return LaunchMode(record=record, cookies_blocked=True)


def posted_by_our_own_page(request: HttpRequest) -> bool:
    """Whether the browser says this POST comes from a page of this very site (Fetch Metadata,
    or the Origin header every browser sends with a POST); a browser that says neither is not
    believed."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    origin = request.headers.get("Origin")
    if fetch_site is None and origin is None:
        return False
    if fetch_site is not None and fetch_site != "same-origin":
        return False
    return origin is None or origin == f"{request.scheme}://{request.get_host()}"


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
        },
    )


# --- The one-time link: to a new tab, bound to the frame that asked for it -----------------------
# A verified launch in a frame that keeps no cookie ends with a link that signs its person in
# on a new tab. A link alone is a bearer credential: pasted into a chat, it would sign a
# classmate in as the sender (login CSRF: whatever they then write is the sender's), or the
# sender's account over to whoever opens it. So the link signs in only together with a proof
# that never leaves the frame's page (not in the URL, not in any cookie): the new tab, opened by
# that frame's button, asks its opener for it by postMessage, both sides accepting only this
# site's own origin, and posts it back with Django's CSRF token. A link opened anywhere else
# has no such opener; a page elsewhere cannot post the proof for another browser (CSRF). The
# link works once, within CONTINUE_LIFETIME, and a wrong proof spends it as well.


def _continue_key(token: str) -> str:
    return f"lti-continue-{token}"


def _proof_hash(proof: str) -> str:
    return hashlib.sha256(proof.encode()).hexdigest()


def continue_in_new_tab(
    request: HttpRequest, user, target: str, language: str = ""
) -> HttpResponse:
    token, proof = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    state_cache().set(
        _continue_key(token),
        {
            "user_id": user.pk,
            "target": target,
            "language": language,
            "proof": _proof_hash(proof),
        },
        CONTINUE_LIFETIME,
    )
    response = render(
        request,
        "lti/open_in_new_tab.html",
        {"url": reverse("lti:continue", args=[token]), "token": token, "proof": proof},
    )
    response["Cache-Control"] = "no-store"
    return response


def _continue_expired(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "lti/error.html",
        {
            "message": _("This link has expired. Open Upstander again from your course."),
            "code": "continue_expired",
        },
        status=400,
    )


@require_http_methods(["GET", "POST"])
def continue_view(request: HttpRequest, token: str) -> HttpResponse:
    """GET: a page that asks the frame which opened it for the proof (nothing changes).
    POST (CSRF-protected): the proof; the link is spent, and signs in only if it matches."""
    key = _continue_key(token)
    if not is_plain_state(token):
        return _continue_expired(request)
    if request.method == "GET":
        if state_cache().get(key) is None:
            return _continue_expired(request)
        response = render(request, "lti/continue.html", {"token": token})
        response["Cache-Control"] = "no-store"
        # The page must stay with the frame that opened it to ask it for the proof: Django's
        # default (same-origin) would cut it off from its opener inside the LMS's page.
        response["Cross-Origin-Opener-Policy"] = "unsafe-none"
        return response
    data = state_cache().get(key)
    # Single use: only the request that deletes the key may sign in, whatever it brought.
    if data is None or not state_cache().delete(key):
        return _continue_expired(request)
    proof = request.POST.get("proof", "")
    if not (proof and secrets.compare_digest(_proof_hash(proof), data.get("proof", ""))):
        logger.warning("A new-tab link was used without its frame's proof")
        return render(
            request,
            "lti/error.html",
            {
                "message": _(
                    "This link only works in the tab your course page opened for you. "
                    "Open Upstander again from your course."
                ),
                "code": "continue_not_bound",
            },
            status=403,
        )
    user = get_user_model().objects.get(pk=data["user_id"])
    auth_login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return remember_language(redirect(data["target"]), data.get("language", ""))
