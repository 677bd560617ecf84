"""A demo LMS inside Upstander, for `make demo` only (DEBUG): "Launch as teacher" and "Launch as
student" run the real OIDC login, signed launch, deep linking and grade passback over HTTP
against this process. Its state (its own key, placed links, received scores) lives on its
Platform row; it is a throwaway, never registered outside DEBUG."""

from __future__ import annotations

import json
import secrets
import time
from functools import wraps
from urllib.parse import urlencode, urlsplit

import jwt
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.views.decorators.csrf import csrf_exempt

from lti.keys import _new_rsa_pem, ensure_key, jwks, public_jwk_for
from lti.models import Platform, PlatformDeployment

CLIENT_ID = "upstander-demo"
DEPLOYMENT_ID = "demo-deployment"
CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
ROLES = {
    "teacher": "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
    "student": "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
}
PEOPLE = {
    "teacher": "Demo Teacher",
    "student": "Demo Student",
    "student-2": "Sam Not-Started",
    "estudiante": "Lucía Estudiante",
}
# The language a person's LMS is set to, sent as the launch's `launch_presentation.locale`, as
# Canvas and Moodle send the user's: a Spanish-speaking student reads Upstander in Spanish.
LOCALES = {"estudiante": "es"}


def _base() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def issuer() -> str:
    return _base() + "/lti/demo/platform"


def load_demo_platform(stdout) -> Platform | None:
    """Register the demo platform (re-runnable). Does nothing unless DEBUG is on."""
    if not settings.DEBUG:
        stdout.write("LTI demo platform skipped: DEBUG is off.")
        return None
    ensure_key()
    platform, created = Platform.objects.get_or_create(
        issuer=issuer(),
        client_id=CLIENT_ID,
        defaults={"name": "Demo LMS", "source": Platform.Source.DEMO},
    )
    platform.auth_login_url = issuer() + "/auth/"
    platform.auth_token_url = issuer() + "/token/"
    platform.key_set_url = issuer() + "/jwks/"
    platform.granted_scopes = [
        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
    ]
    state = platform.registration_response or {}
    state.setdefault("private_key", _new_rsa_pem())
    state.setdefault("links", [])
    state.setdefault("scores", [])
    state.setdefault("tokens", [])
    platform.registration_response = state
    platform.save()
    PlatformDeployment.objects.get_or_create(platform=platform, deployment_id=DEPLOYMENT_ID)
    stdout.write(f"  LTI demo LMS:     {_base()}/lti/demo/  (launch as teacher or student)")
    return platform


def _platform() -> Platform:
    if not settings.DEBUG:
        raise Http404
    platform = Platform.objects.filter(issuer=issuer(), client_id=CLIENT_ID).first()
    if platform is None:
        raise Http404("Run `manage.py load_demo` first.")
    return platform


def home(request: HttpRequest) -> HttpResponse:
    platform = _platform()
    return render(
        request,
        "lti/demo.html",
        {
            "links": platform.registration_response["links"],
            "scores": platform.registration_response["scores"][-10:],
            "frames": other_site_origin() is not None,
        },
    )


# The demo's own address under its other local name: a page of one framing a page of the other
# is cross-site, as an LMS framing Upstander is.
OTHER_LOCAL_NAME = {"127.0.0.1": "localhost", "localhost": "127.0.0.1"}


def other_site_origin() -> str | None:
    parts = urlsplit(_base())
    other = OTHER_LOCAL_NAME.get(parts.hostname or "")
    if other is None:
        return None
    return f"{parts.scheme}://{other}" + (f":{parts.port}" if parts.port else "")


def course(request: HttpRequest) -> HttpResponse:
    """The demo course page with Upstander in an iframe, as Canvas and Moodle show it: the frame
    is the demo's other local name, another site, so the browser treats Upstander's cookies there
    as third-party ones. Over `make demo`'s plain http they are SameSite=Lax and never reach the
    frame, so this shows the sign-in that a browser blocking them gets: "Open Upstander in a new
    tab" (lti/storage.py)."""
    _platform()
    origin = other_site_origin()
    if origin is None:
        raise Http404("The demo LMS frames Upstander only when it runs at 127.0.0.1 or localhost.")
    query = {"as": request.GET.get("as", "student"), "link": request.GET.get("link", "")}
    src = origin + reverse("lti:demo_start") + "?" + urlencode(query)
    response = render(request, "lti/demo_course.html", {"src": src, "tool_origin": origin})
    response._csp_update = {"frame-src": [origin]}  # django-csp: this page alone frames it
    return response


def start(request: HttpRequest) -> HttpResponse:
    """The LMS side of a click: third-party login initiation towards the tool."""
    _platform()
    who = request.GET.get("as", "teacher")
    hint = request.GET.get("link", "picker" if who == "teacher" else "")
    params = {
        "iss": issuer(),
        "login_hint": who if who in PEOPLE else "student",
        "target_link_uri": request.build_absolute_uri(reverse("lti:launch")),
        "lti_message_hint": hint or "dashboard",
        "client_id": CLIENT_ID,
        "lti_deployment_id": DEPLOYMENT_ID,
    }
    return redirect(reverse("lti:login") + "?" + urlencode(params))


def auth(request: HttpRequest) -> HttpResponse:
    """The platform's OIDC authorization endpoint: answers with a signed id_token form post."""
    platform = _platform()
    q = request.GET
    # The tool's launch address, at the demo's address or (from the course page's frame,
    # `course`) at its other local name: the two redirect URIs this platform knows.
    launch = reverse("lti:launch")
    other = other_site_origin()
    redirect_uris = {request.build_absolute_uri(launch), *([other + launch] if other else [])}
    if q.get("client_id") != CLIENT_ID or q.get("redirect_uri") not in redirect_uris:
        return HttpResponse("Bad authorization request", status=400)
    who, hint = q.get("login_hint", "student"), q.get("lti_message_hint", "")
    now = int(time.time())
    claims = {
        "iss": issuer(),
        "aud": CLIENT_ID,
        "sub": f"demo-{who}",
        "iat": now,
        "exp": now + 300,
        "nonce": q["nonce"],
        "name": PEOPLE.get(who, who),
        CLAIM + "version": "1.3.0",
        CLAIM + "deployment_id": DEPLOYMENT_ID,
        CLAIM + "target_link_uri": q["redirect_uri"],
        CLAIM + "roles": [ROLES["teacher" if who == "teacher" else "student"]],
        CLAIM + "context": {"id": "demo-course", "title": "Demo class"},
        CLAIM + "launch_presentation": {
            "document_target": "iframe",
            "locale": LOCALES.get(who, "en"),
        },
        "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
            "context_memberships_url": issuer() + "/memberships/",
            "service_versions": ["2.0"],
        },
    }
    if hint == "picker":
        claims[CLAIM + "message_type"] = "LtiDeepLinkingRequest"
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = {
            "deep_link_return_url": issuer() + "/deep-link-return/",
            "accept_types": ["ltiResourceLink"],
            "accept_presentation_document_targets": ["iframe"],
            "accept_multiple": True,
            "data": "demo",
        }
    else:
        links = platform.registration_response["links"]
        link = next((x for x in links if x["id"] == hint), links[0] if links else None)
        link_id = link["id"] if link else "demo-dashboard"
        claims[CLAIM + "message_type"] = "LtiResourceLinkRequest"
        claims[CLAIM + "resource_link"] = {
            "id": link_id,
            "title": link["title"] if link else "Dashboard",
        }
        claims[CLAIM + "custom"] = (link or {}).get("custom", {})
        claims["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = {
            "scope": ["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
            **({"lineitem": f"{issuer()}/lineitems/{link_id}"} if link else {}),
        }
    key = platform.registration_response["private_key"]
    token = jwt.encode(claims, key, algorithm="RS256", headers={"kid": public_jwk_for(key)["kid"]})
    response = render(
        request,
        "lti/demo_post.html",
        {"action": q["redirect_uri"], "fields": {"id_token": token, "state": q["state"]}},
    )
    if other and q["redirect_uri"].startswith(other + "/"):
        response._csp_update = {"form-action": [other]}  # django-csp: the post to the frame's site
    return response


def platform_jwks(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {"keys": [public_jwk_for(_platform().registration_response["private_key"])]}
    )


def _tool_key(token: str):
    # The keys the demo LMS was told to trust: its own set, as every platform has.
    kid = jwt.get_unverified_header(token)["kid"]
    keys = jwks(_platform().tool_key_set)["keys"]
    return jwt.PyJWK(next(k for k in keys if k["kid"] == kid)).key


@csrf_exempt
def token(request: HttpRequest) -> JsonResponse:
    platform = _platform()
    assertion = request.POST.get("client_assertion", "")
    try:
        jwt.decode(
            assertion, _tool_key(assertion), algorithms=["RS256"], audience=platform.auth_token_url
        )
    except (jwt.InvalidTokenError, StopIteration):
        return JsonResponse({"error": "invalid_client"}, status=400)
    access = secrets.token_urlsafe(16)
    platform.registration_response["tokens"] = platform.registration_response["tokens"][-20:] + [
        access
    ]
    platform.save(update_fields=["registration_response"])
    return JsonResponse({"access_token": access, "token_type": "Bearer", "expires_in": 3600})


@csrf_exempt
def deep_link_return(request: HttpRequest) -> HttpResponse:
    platform = _platform()
    message = request.POST.get("JWT", "")
    claims = jwt.decode(message, _tool_key(message), algorithms=["RS256"], audience=issuer())
    for item in claims["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]:
        link_id = f"demo-link-{secrets.token_hex(4)}"
        platform.registration_response["links"].append(
            {"id": link_id, "title": item["title"], "custom": item.get("custom", {})}
        )
    platform.save(update_fields=["registration_response"])
    return render(
        request, "lti/demo_post.html", {"action": reverse("lti:demo"), "fields": {}, "top": True}
    )


@csrf_exempt
def scores(request: HttpRequest, link_id: str) -> JsonResponse:
    platform = _platform()
    bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if bearer not in platform.registration_response["tokens"]:
        return JsonResponse({"error": "unauthorised"}, status=401)
    body = json.loads(request.body)
    platform.registration_response["scores"].append({"link": link_id, **body})
    platform.save(update_fields=["registration_response"])
    return JsonResponse({})


def memberships(request: HttpRequest) -> JsonResponse:
    members = [
        {
            "user_id": f"demo-{who}",
            "name": name,
            "status": "Active",
            "roles": [ROLES["teacher" if who == "teacher" else "student"]],
        }
        for who, name in PEOPLE.items()
    ]
    return JsonResponse({"id": issuer() + "/memberships/", "members": members})


def only_with_debug(view):
    """The demo LMS answers only while DEBUG is on, decided at each request: the routes always
    exist, so which settings the URLconf was first read under does not matter."""

    @wraps(view)
    def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not settings.DEBUG:
            raise Http404
        return view(request, *args, **kwargs)

    return guarded


urlpatterns = [
    path("demo/", only_with_debug(home), name="demo"),
    path("demo/start/", only_with_debug(start), name="demo_start"),
    path("demo/course/", only_with_debug(course), name="demo_course"),
    path("demo/platform/auth/", only_with_debug(auth)),
    path("demo/platform/jwks/", only_with_debug(platform_jwks)),
    path("demo/platform/token/", only_with_debug(token)),
    path("demo/platform/deep-link-return/", only_with_debug(deep_link_return)),
    path("demo/platform/lineitems/<str:link_id>/scores", only_with_debug(scores)),
    path("demo/platform/memberships/", only_with_debug(memberships)),
]
