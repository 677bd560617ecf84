"""LTI Dynamic Registration (1EdTech LTI-DR 1.0): the LMS administrator pastes one URL.

Anyone can stand up a web server that calls itself any school's LMS, so a registration only
goes as far as the administrator who made the link intended:

- A link is made by a safeguarding lead or a superuser (a POST on the LTI self-test page), for
  one LMS issuer they type, works once, and expires after LTI_REGISTRATION_LINK_HOURS. Only a
  hash of its token is stored.
- The platform's openid-configuration must come from that LMS's address (compared by scheme,
  host and port, never as a string prefix) and name exactly that issuer; every endpoint it
  names must be a plain web URL.
- A registration never changes an existing platform: a known (issuer, client id) is refused,
  and a new client id for a known issuer waits, inactive, for a lead's or superuser's approval.
- A client id another platform already has is refused, whatever the issuer: our signed token
  requests name only the client id (see `_check_client_id_is_new`).
- Where our signed token requests go (the token endpoint) and whom they are addressed to (the
  audience, `authorization_server`) must be the LMS's own site; a registration naming any
  other waits, inactive, for approval (see `_off_site_token_endpoints`).

Whose key signs. Our token request (an RFC 7523 client assertion) names the platform by its
client id alone, and Moodle's token endpoint (mod/lti/token.php) finds the tool by the
assertion's `sub`, checks the signature against the tool's keys, and never reads `aud`. A
client id is no secret: every login initiation shows it to the browser. So an LMS that
registered itself under the client id a school's Moodle holds for Upstander (before the school
is registered here, or as a variant that the school's MySQL collation reads as the same id),
with a token endpoint of its own, would be sent assertions it could replay at the school for
rosters and grades, if both were signed with one key. Each Dynamic Registration is therefore
told a key set of its own (/lti/jwks/<key_set>/, lti.keys.new_key_set) and everything signed
for it uses only that set: the school's LMS trusts /lti/jwks/ or its own set, never another's.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from lti.claims import BadClaim, identifier
from lti.decorators import registration_frameable
from lti.keys import ensure_key, new_key_set
from lti.models import Platform, PlatformDeployment, RegistrationLink, ToolKey
from lti.outbound import (
    UnsafeUrl,
    check_destination,
    origin_of,
    outbound_deadline,
    parse_web_url,
    same_origin,
)
from lti.pylti1p3_adapter import LibraryError, run_dynamic_registration
from lti.tool_conf import TimeoutSession

logger = logging.getLogger("lti.registration")

# Who may make registration links and approve platforms: the group moderation defines
# (moderation.staff.permissions.LEADS_GROUP; lti does not import moderation).
LEADS_GROUP = "Safeguarding leads"

LOGO = "img/logo.png"  # upstander/static/img/logo.png, drawn from logo.svg
TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"
PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration"
PLATFORM_ENDPOINTS = ("authorization_endpoint", "token_endpoint", "jwks_uri")
SCOPES = [
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
]


class RegistrationRejected(Exception):
    """A registration we refuse; the message is safe to show the LMS administrator, and lazy:
    shown in their language, logged in English."""


class LinkRefused(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# --- Who may register platforms -------------------------------------------------------------


def may_manage_platforms(user: Any) -> bool:
    """Superusers and safeguarding leads; never staff status alone (content editors have it)."""
    if not (user is not None and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.filter(name=LEADS_GROUP).exists()


# --- Registration links ---------------------------------------------------------------------


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _issuer_url(value: str, field: str) -> str:
    value = (value or "").strip()
    try:
        parts = parse_web_url(value)
    except UnsafeUrl as exc:
        raise ValidationError({field: str(exc)}) from exc
    if parts.query or parts.fragment:
        raise ValidationError({field: _("An issuer has no query (?...) or fragment (#...).")})
    return value


@dataclass(frozen=True, slots=True)
class NewLink:
    link: RegistrationLink
    token: str

    def url(self, request: HttpRequest) -> str:
        return request.build_absolute_uri(reverse("lti:register", args=[self.token]))


def create_registration_link(user: Any, issuer: str, lms_address: str = "") -> NewLink:
    """A one-use link for the LMS `issuer`. The token is returned once and never stored."""
    if not may_manage_platforms(user):
        raise PermissionDenied("Only safeguarding leads and superusers may register platforms.")
    issuer = _issuer_url(issuer, "issuer")
    lms_address = str(origin_of(_issuer_url(lms_address, "lms_address"))) if lms_address else ""
    token = secrets.token_urlsafe(32)
    link = RegistrationLink.objects.create(
        token_hash=hash_token(token),
        issuer=issuer,
        lms_address=lms_address,
        created_by=user,
        expires_at=timezone.now() + timedelta(hours=settings.LTI_REGISTRATION_LINK_HOURS),
    )
    logger.info("Registration link %s made by user %s for %s", link.pk, user.pk, issuer)
    return NewLink(link, token)


def find_link(token: str) -> RegistrationLink:
    """The usable link for `token`, or `LinkRefused` saying why not."""
    link = RegistrationLink.objects.filter(token_hash=hash_token(token)).first()
    if link is None:
        raise LinkRefused(
            "bad_registration_link",
            _("This registration link is not valid. Ask Upstander's administrator for a new one."),
        )
    if link.used_at is not None:
        raise LinkRefused(
            "used_registration_link",
            _(
                "This registration link has already been used. Each link registers one LMS "
                "once; ask Upstander's administrator for a new one."
            ),
        )
    if link.expires_at <= timezone.now():
        raise LinkRefused(
            "expired_registration_link",
            _("This registration link has expired. Ask Upstander's administrator for a new one."),
        )
    return link


def use_link(link: RegistrationLink) -> None:
    """Spend the link before anything is fetched: a second request, even a concurrent one,
    finds it used."""
    now = timezone.now()
    spent = RegistrationLink.objects.filter(
        pk=link.pk, used_at__isnull=True, expires_at__gt=now
    ).update(used_at=now)
    if not spent:
        raise LinkRefused(
            "used_registration_link",
            _("This registration link has already been used. Ask for a new one."),
        )
    link.used_at = now


# --- The registration itself ----------------------------------------------------------------


# What LMSs call themselves in `product_family_code`, as an administrator knows them.
PRODUCT_NAMES = {
    "moodle": "Moodle",
    "canvas": "Canvas",
    "desire2learn": "Brightspace",
    "brightspace": "Brightspace",
    "blackboardlearn": "Blackboard Learn",
    "blackboard": "Blackboard Learn",
    "sakai": "Sakai",
    "schoology": "Schoology",
}


def platform_name(configuration: dict, configuration_url: str, client_id: str) -> str:
    """A name that tells two LMSs apart in the admin list: the product and where it is, e.g.
    "Moodle (moodle.school.example)" or "Canvas (school.instructure.com)".

    Where: the address the configuration came from (Canvas cloud's issuer is the same for
    every school), with the issuer's path when the LMS lives under one (a Moodle at
    https://school.example/moodle). A second registration of the same LMS adds its client id.
    """
    described = configuration.get(PLATFORM_CONFIGURATION)
    family = described.get("product_family_code") if isinstance(described, dict) else ""
    family = "".join(ch for ch in str(family or "") if ch.isprintable()).strip()
    product = PRODUCT_NAMES.get(family.lower().replace(" ", ""), family[:60] or "LMS")
    where = urlsplit(configuration_url).netloc.lower()
    issuer = str(configuration.get("issuer") or "")
    if same_origin(issuer, configuration_url):
        where += urlsplit(issuer).path.rstrip("/")
    name = f"{product} ({where})"
    if Platform.objects.filter(name=name).exists():
        name = f"{name}, client {client_id}"
    return name[:200]


def _issuer_spellings(issuer: str) -> list[str]:
    """ "https://lms.example" and "https://lms.example/" name one LMS: both spellings."""
    bare = issuer.rstrip("/")
    return [bare, bare + "/"]


def _issuer_key(issuer: str) -> tuple[str, str] | None:
    """An issuer as it names an LMS: its origin (scheme and host in lower case, the default
    port dropped) and its path without a trailing slash."""
    try:
        origin = origin_of(issuer)
    except UnsafeUrl:
        return None
    return str(origin), urlsplit(issuer).path.rstrip("/")


def platforms_claiming(issuer: str):
    """Every platform whose issuer names the same LMS as `issuer`, however spelled:
    "https://LMS.example:443/" is "https://lms.example" to anyone who reads it."""
    key = _issuer_key(issuer)
    spellings = _issuer_spellings(issuer)
    same = [
        pk
        for pk, other in Platform.objects.values_list("pk", "issuer")
        if other in spellings or (key is not None and _issuer_key(other) == key)
    ]
    return Platform.objects.filter(pk__in=same)


def _same_issuer(a: object, b: str) -> bool:
    return isinstance(a, str) and a in _issuer_spellings(b)


class UpstanderRegistration:
    """What this tool tells a platform registering it, and what it keeps of the answer (the
    library runs the exchange: lti/pylti1p3_adapter.run_dynamic_registration)."""

    client_name = settings.LTI_TOOL_TITLE
    description = "Digital-citizenship lessons: assign, launch, and grade from your course."

    def __init__(self, request: HttpRequest, link: RegistrationLink, key_set: str) -> None:
        self.request = request
        self.link = link
        # The keys this platform is told to trust, and that sign everything sent to it.
        self.key_set = key_set

    def get_request_session(self):
        return TimeoutSession()

    def _url(self, name: str) -> str:
        return self.request.build_absolute_uri(reverse(name))

    def get_initiate_login_uri(self) -> str:
        return self._url("lti:login")

    def get_jwks_uri(self) -> str:
        return self.request.build_absolute_uri(reverse("lti:key_set_jwks", args=[self.key_set]))

    def get_redirect_uris(self) -> list[str]:
        return [self._url("lti:launch")]

    def get_target_link_uri(self) -> str:
        return self._url("lti:launch")

    def get_domain(self) -> str:
        return self.request.get_host()

    def get_logo_uri(self) -> str:
        # Unhashed on purpose: the LMS keeps this address for as long as the registration
        # lives, long after a deploy renames the hashed copies (WhiteNoise serves both).
        return self.request.build_absolute_uri(f"{settings.STATIC_URL}{LOGO}")

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

    def get_openid_configuration(self) -> dict[str, Any]:
        """Fetched only from the LMS the link was made for, and checked before we answer it
        with a registration (pylti1p3 posts to its registration endpoint next)."""
        url = self.get_openid_configuration_endpoint()
        try:
            parse_web_url(url)
        except UnsafeUrl as exc:
            raise RegistrationRejected(
                format_lazy(_("The configuration address was refused: {reason}"), reason=exc)
            ) from exc
        if not any(same_origin(url, address) for address in self.link.lms_addresses):
            raise RegistrationRejected(
                format_lazy(
                    _(
                        "The configuration does not come from the LMS this link was made for "
                        "({addresses})."
                    ),
                    addresses=" | ".join(self.link.lms_addresses),
                )
            )
        try:
            check_destination(url)
        except UnsafeUrl as exc:
            raise RegistrationRejected(
                format_lazy(_("The configuration address was refused: {reason}"), reason=exc)
            ) from exc
        with self.get_request_session() as session:
            response = session.get(url, headers={"Accept": "application/json"})
            response.raise_for_status()
            configuration = response.json()
        if not isinstance(configuration, dict):
            raise RegistrationRejected(_("The LMS's configuration is not a JSON object."))
        if not _same_issuer(configuration.get("issuer"), self.link.issuer):
            raise RegistrationRejected(
                format_lazy(
                    _("The LMS says its issuer is {said}, but this link was made for {issuer}."),
                    said=repr(str(configuration.get("issuer"))[:200]),
                    issuer=repr(self.link.issuer),
                )
            )
        for name in (*PLATFORM_ENDPOINTS, "registration_endpoint"):
            try:
                parse_web_url(configuration.get(name))
            except UnsafeUrl as exc:
                raise RegistrationRejected(
                    format_lazy(_("The LMS's {name} was refused: {reason}"), name=name, reason=exc)
                ) from exc
        try:
            check_destination(configuration["registration_endpoint"])
        except UnsafeUrl as exc:
            raise RegistrationRejected(
                format_lazy(_("The LMS's registration endpoint was refused: {reason}"), reason=exc)
            ) from exc
        # Every launch fetches the LMS's keys from its jwks_uri: one we would refuse to fetch
        # (http, or an address inside our own network) is refused now, while the administrator
        # is here to read why, not at the first student's launch.
        try:
            check_destination(configuration["jwks_uri"])
        except UnsafeUrl as exc:
            raise RegistrationRejected(
                format_lazy(
                    _(
                        "The LMS's key set address (jwks_uri) {url} was refused: {reason} "
                        "Upstander fetches the LMS's keys from it at every launch, so it must "
                        "be an https address on the internet."
                    ),
                    url=str(configuration["jwks_uri"])[:200],
                    reason=exc,
                )
            ) from exc
        return configuration

    def complete_registration(
        self, openid_configuration: dict, openid_registration: dict
    ) -> Platform:
        try:
            with transaction.atomic():
                return self._save_platform(openid_configuration, openid_registration)
        except IntegrityError as exc:  # the same client id registered a moment ago
            raise RegistrationRejected(
                _("Upstander already has a registration for this LMS and client id.")
            ) from exc

    def _save_platform(self, configuration: dict, registration: dict) -> Platform:
        issuer = configuration["issuer"]
        client_id = registration.get("client_id")
        if not isinstance(client_id, str) or not client_id:
            raise RegistrationRejected(_("The LMS did not give this tool a client id."))
        # A registration never changes a platform: not its endpoints, keys or deployments.
        # "https://lms.example", "https://lms.example/" and "https://LMS.example:443" name one
        # LMS: every spelling counts.
        same_lms = platforms_claiming(issuer)
        if same_lms.filter(client_id=client_id).exists():
            raise RegistrationRejected(
                format_lazy(
                    _(
                        "Upstander already has a registration for {issuer} with client id "
                        "{client_id}, and a registration never changes an existing one. If this "
                        "LMS's settings changed, ask Upstander's administrator to update it."
                    ),
                    issuer=issuer,
                    client_id=repr(client_id),
                )
            )
        _check_client_id_is_new(client_id)
        # Anyone can claim an issuer: a second registration for a known one waits for a lead.
        known_issuer = same_lms.exists()
        # Our signed token requests go to the LMS's own site, or wait for a lead to say so.
        off_site = _off_site_token_endpoints(
            configuration, self.link, self.get_openid_configuration_endpoint()
        )
        needs_approval = known_issuer or bool(off_site)
        tool = registration.get(TOOL_CONFIGURATION) or {}
        try:
            # Moodle sends its tool type id as a string ("5"); launches will name it the same.
            deployment_id = identifier(
                tool.get("deployment_id") if isinstance(tool, dict) else None, "deployment id"
            )
        except BadClaim as exc:
            raise RegistrationRejected(
                _(
                    "The LMS's deployment id is not valid (at most 255 characters, no control "
                    "characters)."
                )
            ) from exc
        platform = Platform(
            name=platform_name(configuration, self.get_openid_configuration_endpoint(), client_id),
            issuer=issuer,
            client_id=client_id,
            auth_login_url=configuration["authorization_endpoint"],
            auth_token_url=configuration["token_endpoint"],
            auth_audience=_text_or_empty(configuration.get("authorization_server")),
            key_set_url=configuration["jwks_uri"],
            extra_origins=[str(origin_of(self.get_openid_configuration_endpoint()))],
            granted_scopes=str(registration.get("scope") or "").split(),
            source=Platform.Source.DYNAMIC,
            tool_key_set=self.key_set,
            registration_response=registration,
            is_active=not needs_approval,
            awaiting_approval=needs_approval,
        )
        try:
            platform.full_clean()
        except ValidationError as exc:
            raise RegistrationRejected(
                format_lazy(
                    _("The LMS's configuration was refused: {reasons}"),
                    reasons="; ".join(exc.messages),
                )
            ) from exc
        platform.save()
        if deployment_id:
            PlatformDeployment.objects.create(platform=platform, deployment_id=deployment_id)
        self.link.platform = platform
        self.link.save(update_fields=["platform"])
        logger.info(
            "Registered platform %s by Dynamic Registration (link %s)%s%s",
            platform.pk,
            self.link.pk,
            ", awaiting approval" if needs_approval else "",
            f": {', '.join(off_site)} outside the LMS's own site" if off_site else "",
        )
        # For the page the LMS administrator sees (not stored: the endpoints are).
        platform.off_site_token_endpoints = off_site
        platform.known_issuer = known_issuer
        return platform


# Canvas cloud's issuers and the one other site where their schools' tokens are issued.
CANVAS_CLOUD_TOKEN_ORIGINS = {
    "https://canvas.instructure.com": "https://sso.canvaslms.com",
    "https://canvas.beta.instructure.com": "https://sso.beta.canvaslms.com",
    "https://canvas.test.instructure.com": "https://sso.test.canvaslms.com",
}


def _off_site_token_endpoints(
    configuration: dict, link: RegistrationLink, configuration_url: str
) -> list[str]:
    """The token endpoint and token audience a registration names outside the LMS's own site
    (the link's issuer and LMS address, where its configuration came from; Canvas cloud's
    SSO for its issuers).

    Our signed token request (RFC 7523) names the client id alone, and a client id is no
    secret: every login initiation shows one, and Canvas's are numbered in sequence. A platform
    that registered first with the client id another school's LMS holds, or will hold, for
    Upstander, and that names that LMS's token endpoint (or its own, with that LMS's token URL
    as the audience, to relay what we send it within its minute), was given that school's
    access token while every registration shared one key. Its own key set ("Whose key signs",
    above) now closes that; this hold stays as a second line. Some LMSs issue tokens from a site
    of their own (Brightspace, Blackboard), so this is not refused: such a registration waits,
    inactive, for a lead who knows the LMS."""
    own = set()
    for address in [*link.lms_addresses, configuration_url]:
        try:
            own.add(origin_of(address))
        except UnsafeUrl:
            continue
    canvas_sso = CANVAS_CLOUD_TOKEN_ORIGINS.get(str(configuration.get("issuer", "")).rstrip("/"))
    if canvas_sso and link.issuer.rstrip("/") == str(configuration["issuer"]).rstrip("/"):
        own.add(origin_of(canvas_sso))
    off_site = []
    token_endpoint = configuration["token_endpoint"]
    if origin_of(token_endpoint) not in own:
        off_site.append(f"token endpoint {token_endpoint}")
    audience = _text_or_empty(configuration.get("authorization_server"))
    if audience:
        # A URL, or (as Canvas writes it) a bare host name.
        if "://" in audience:
            try:
                is_own = origin_of(audience) in own
            except UnsafeUrl:
                is_own = False
        else:
            is_own = audience.lower().rstrip(".") in {origin.host for origin in own}
        if not is_own:
            off_site.append(f"token audience {audience[:200]}")
    return off_site


def _text_or_empty(value: object) -> str:
    return value if isinstance(value, str) else ""


def _check_client_id_is_new(client_id: str) -> None:
    """Refuse a client id that any platform already has, under any issuer.

    The assertion names the platform by its client id alone (iss = sub = client id), and
    Moodle's token endpoint finds the tool by `sub` and never reads `aud`. What a relay could
    win is closed by the key set each registration gets ("Whose key signs", above); this check
    still refuses the plain case, which an honest LMS never causes: it makes a new client id for
    each registration. It compares exactly, so it alone would not stop a case variant that a
    MySQL collation reads as the same id.
    """
    if Platform.objects.filter(client_id=client_id).exists():
        raise RegistrationRejected(
            format_lazy(
                _(
                    "The LMS gave this tool the client id {client_id}, which another platform "
                    "registered with Upstander already has. An LMS makes a new client id for "
                    "each registration: ask Upstander's administrator to check both "
                    "registrations."
                ),
                client_id=repr(client_id[:100]),
            )
        )


def _error(request: HttpRequest, code: str, message: Any, status: int) -> HttpResponse:
    """Why, in the administrator's language (their browser's, through LocaleMiddleware)."""
    response = render(request, "lti/error.html", {"message": message, "code": code}, status=status)
    response["Content-Language"] = translation.get_language()
    return response


def _in_english(exc: Exception) -> str:
    # The log is read by the people who run the tool: in English, whatever the LMS's
    # administrator read.
    with translation.override("en"):
        return str(exc)


def lms_frame_origin(link: RegistrationLink, configuration_url: str) -> str | None:
    """The origin that may frame this registration: the configuration URL's, only when it is
    the LMS the link was made for (a bogus or foreign URL names no one)."""
    if not any(same_origin(configuration_url, address) for address in link.lms_addresses):
        return None
    return str(origin_of(configuration_url))


@registration_frameable
@require_GET
def register(request: HttpRequest, token: str) -> HttpResponse:
    try:
        link = find_link(token)
    except LinkRefused as refused:
        return _error(request, refused.code, refused.message, 403)
    response = _register(request, link)
    response.registration_frame_origin = lms_frame_origin(
        link, request.GET.get("openid_configuration", "")
    )
    return response


def _register(request: HttpRequest, link: RegistrationLink) -> HttpResponse:
    if not request.GET.get("openid_configuration"):
        return _error(
            request,
            "not_from_lms",
            _("Paste this URL into your LMS's Dynamic Registration form."),
            400,
        )
    try:
        use_link(link)
    except LinkRefused as refused:
        return _error(request, refused.code, refused.message, 403)
    ensure_key()
    key_set = new_key_set()
    try:
        return _run_registration(request, link, key_set)
    finally:
        # A registration that saved no platform leaves no key set behind.
        if not Platform.objects.filter(tool_key_set=key_set).exists():
            ToolKey.objects.of_set(key_set).delete()


def _run_registration(request: HttpRequest, link: RegistrationLink, key_set: str) -> HttpResponse:
    try:
        # The LMS's configuration and its answer to our registration within one deadline: the
        # administrator's browser, and a web worker, wait for both.
        with outbound_deadline(settings.LTI_SERVICE_DEADLINE_SECONDS):
            platform = run_dynamic_registration(UpstanderRegistration(request, link, key_set))
    except RegistrationRejected as exc:
        logger.warning("Dynamic Registration refused (link %s): %s", link.pk, _in_english(exc))
        return _error(request, "registration_refused", str(exc), 400)
    except (*LibraryError, requests.RequestException, AssertionError, KeyError, ValueError) as exc:
        logger.warning("Dynamic Registration failed (link %s): %s", link.pk, exc)
        return _error(
            request,
            "registration_failed",
            _("The LMS did not complete the registration. Ask for a new link and try again."),
            400,
        )
    return render(request, "lti/registration_complete.html", {"platform": platform})
