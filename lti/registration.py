"""LTI Dynamic Registration (1EdTech LTI-DR 1.0): the LMS administrator pastes one URL.

The URL carries a signed, expiring token made in the Wagtail admin (LTI self-test page), so
only someone the tool's administrator gave it to can register a platform.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET
from pylti1p3.dynamic_registration import DynamicRegistration
from pylti1p3.exception import LtiException

from lti.keys import ensure_key
from lti.models import Platform, PlatformDeployment
from lti.tool_conf import TimeoutSession

logger = logging.getLogger("lti.registration")

SALT = "lti-dynamic-registration"
TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"
PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration"
SCOPES = [
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
]


def registration_token() -> str:
    return signing.dumps({"purpose": "register"}, salt=SALT)


def registration_url(request: HttpRequest) -> str:
    return request.build_absolute_uri(reverse("lti:register", args=[registration_token()]))


class RegistrationRejected(Exception):
    pass


class UpstanderRegistration(DynamicRegistration):
    client_name = settings.LTI_TOOL_TITLE
    description = "Digital-citizenship lessons: assign, launch, and grade from your course."

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def get_request_session(self):
        return TimeoutSession()

    def _url(self, name: str) -> str:
        return self.request.build_absolute_uri(reverse(name))

    def get_initiate_login_uri(self) -> str:
        return self._url("lti:login")

    def get_jwks_uri(self) -> str:
        return self._url("lti:jwks")

    def get_redirect_uris(self) -> list[str]:
        return [self._url("lti:launch")]

    def get_target_link_uri(self) -> str:
        return self._url("lti:launch")

    def get_domain(self) -> str:
        return self.request.get_host()

    def get_logo_uri(self) -> str:
        return self.request.build_absolute_uri("/static/img/logo.png")

    def get_scopes(self) -> list[str]:
        return SCOPES

    def get_claims(self) -> list[str]:
        return ["iss", "sub", "name"]  # no e-mail: no feature needs it

    def get_messages(self) -> list[dict]:
        launch = self._url("lti:launch")
        return [
            {
                "type": "LtiDeepLinkingRequest",
                "target_link_uri": launch,
                "label": "Upstander lessons",
                "placements": ["ContentArea", "link_selection", "assignment_selection"],
            },
            {
                "type": "LtiResourceLinkRequest",
                "target_link_uri": launch,
                "label": "Upstander dashboard",
                "placements": ["course_navigation"],
                "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"],
            },
        ]

    def get_openid_configuration_endpoint(self) -> str:
        return self.request.GET.get("openid_configuration", "")

    def get_registration_token(self) -> str:
        return self.request.GET.get("registration_token") or None  # type: ignore[return-value]

    @transaction.atomic
    def complete_registration(
        self, openid_configuration: dict, openid_registration: dict
    ) -> Platform:
        issuer = openid_configuration.get("issuer", "")
        # The spec: the configuration URL must start with the issuer it declares.
        if not issuer or not self.get_openid_configuration_endpoint().startswith(issuer):
            raise RegistrationRejected(
                "The platform's issuer does not match its configuration URL."
            )
        tool = openid_registration.get(TOOL_CONFIGURATION, {})
        platform, _ = Platform.objects.update_or_create(
            issuer=issuer,
            client_id=openid_registration["client_id"],
            defaults={
                "name": openid_configuration.get(PLATFORM_CONFIGURATION, {}).get(
                    "product_family_code", ""
                )
                or urlsplit(issuer).netloc,
                "auth_login_url": openid_configuration["authorization_endpoint"],
                "auth_token_url": openid_configuration["token_endpoint"],
                "auth_audience": openid_configuration.get("authorization_server", "") or "",
                "key_set_url": openid_configuration["jwks_uri"],
                "granted_scopes": (openid_registration.get("scope") or "").split(),
                "source": Platform.Source.DYNAMIC,
                "registration_response": openid_registration,
                "is_active": True,
            },
        )
        if tool.get("deployment_id"):
            PlatformDeployment.objects.get_or_create(
                platform=platform, deployment_id=tool["deployment_id"]
            )
        logger.info("Registered platform %s by Dynamic Registration", platform)
        return platform


@xframe_options_exempt
@require_GET
def register(request: HttpRequest, token: str) -> HttpResponse:
    max_age = settings.LTI_REGISTRATION_LINK_DAYS * 86400
    try:
        signing.loads(token, salt=SALT, max_age=max_age)
    except signing.BadSignature:
        return render(
            request,
            "lti/error.html",
            {
                "message": "This registration link is not valid or has expired. Ask for a new one.",
                "code": "bad_registration_link",
            },
            status=403,
        )
    if not request.GET.get("openid_configuration"):
        return render(
            request,
            "lti/error.html",
            {
                "message": "Paste this URL into your LMS's Dynamic Registration form.",
                "code": "not_from_lms",
            },
            status=400,
        )
    ensure_key()
    flow = UpstanderRegistration(request)
    try:
        platform = flow.register()
    except (LtiException, RegistrationRejected, AssertionError, KeyError, ValueError) as exc:
        logger.warning("Dynamic Registration failed: %s", exc)
        return render(
            request,
            "lti/error.html",
            {
                "message": "The LMS did not complete the registration. Try again.",
                "code": "registration_failed",
            },
            status=400,
        )
    return render(request, "lti/registration_complete.html", {"platform": platform})
