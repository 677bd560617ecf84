"""OIDC third-party login initiation: check who is asking, then send the browser to the
platform's authorization endpoint with a fresh state (cookie) and nonce (shared cache). Inside
an LMS frame the tool's cookies are checked first, while the platform's one-time message hint
is still unspent (lti/storage.py)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from django.http import HttpRequest, HttpResponse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from lti import storage
from lti.claims import BadClaim, hint, identifier
from lti.keys import NoSigningKey
from lti.launch import LaunchRejected, is_our_url
from lti.outbound import same_origin
from lti.pylti1p3_adapter import LibraryError, login_redirect
from lti.tool_conf import UnknownPlatform, find_platform


class LoginRejected(LaunchRejected):
    pass


# What a login initiation names, checked before any query sees it.
LOGIN_IDENTIFIERS = {"iss": "iss", "client_id": "client id", "lti_deployment_id": "deployment id"}
LOGIN_HINTS = {"login_hint": "login hint", "lti_message_hint": "message hint"}


def check_login_params(params) -> None:
    for name, claim in (LOGIN_IDENTIFIERS | LOGIN_HINTS).items():
        value = params.get(name) or ""
        try:
            if name in LOGIN_HINTS:
                hint(value, claim)
            else:
                identifier(value, claim)
        except BadClaim as exc:
            raise LoginRejected(
                "malformed_login",
                format_lazy(_("The login request's {claim} is not valid."), claim=claim),
            ) from exc


def start_login(request: HttpRequest, launch_url: str) -> HttpResponse:
    params = request.POST if request.method == "POST" else request.GET
    check_login_params(params)
    iss = params.get("iss", "")
    if not iss:
        raise LoginRejected("missing_iss", _("The login request does not name the LMS (iss)."))
    if not params.get("login_hint"):
        raise LoginRejected("missing_login_hint", _("The login request has no login_hint."))
    if not is_our_url(params.get("target_link_uri", ""), request):
        raise LoginRejected("foreign_target", _("The login request points at another site."))
    try:
        platform = find_platform(iss, params.get("client_id") or None)
    except UnknownPlatform as exc:
        raise LoginRejected(
            "unknown_issuer", _("This LMS is not registered with Upstander."), 400
        ) from exc

    try:
        redirect_to = login_redirect(request, launch_url)
    except NoSigningKey as exc:
        raise LoginRejected("tool_not_ready", _("Upstander has no signing key yet."), 503) from exc
    except (*LibraryError, UnknownPlatform) as exc:
        raise LoginRejected("bad_login", _("The login request is not valid.")) from exc
    auth_url = redirect_to.url
    # The browser is sent (or the storage page posts) here: only ever an http(s) address at the
    # registered login URL's origin, never `javascript:` or another scheme.
    if not same_origin(auth_url, platform.auth_login_url):
        raise LoginRejected(
            "bad_auth_login_url",
            _(
                "This LMS's registration has a login address Upstander cannot send you to. "
                "Ask your LMS administrator to check it."
            ),
        )
    state = parse_qs(urlsplit(auth_url).query)["state"][0]
    record = storage.remember_login(
        state,
        params,
        platform,
        redirect_to.storage_session_id,
        params.get("lti_storage_target", ""),
    )
    if storage.is_top_level(request):
        response = HttpResponse(status=302)
        response["Location"] = auth_url
    else:
        response = storage.login_page(request, auth_url, record)
    return redirect_to.set_cookies(response)
