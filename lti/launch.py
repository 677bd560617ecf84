"""Turn an LTI launch POST into a verified `LaunchContext`, or reject it with a reason.

pylti1p3 does the OIDC state, registration, deployment and message checks. It leaves the rest
to us (see docs/lti-security in the issue): strict signature checks (exp, iat, aud/azp, only
RSA algorithms, keys from the platform's JWKS with a timeout, refetched once for an unknown
kid), single-use nonces, our own target link URI, and clear errors instead of 500s.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import jwt
import requests
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from lti.claims import (
    BadClaim,
    contains_nul,
    display_text,
    identifier,
    launch_data_to_keep,
    launch_language,
    names_a_member_twice,
    role_from_claims,
    without_display_text,
)
from lti.keys import NoSigningKey
from lti.models import Platform, PlatformDeployment
from lti.outbound import UnsafeUrl, cache_lifetime, outbound_deadline, parse_web_url
from lti.pylti1p3_adapter import LibraryError, LtiLaunch
from lti.rejections import LaunchRejected
from lti.state_cache import state_cache
from lti.storage import is_plain_state
from lti.storage import login_record as login_record_of
from lti.tool_conf import TimeoutSession, service_url_to_keep

logger = logging.getLogger("lti.security")

CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
MESSAGE_TYPE = CLAIM + "message_type"
VERSION = CLAIM + "version"
DEPLOYMENT_ID = CLAIM + "deployment_id"
TARGET_LINK_URI = CLAIM + "target_link_uri"
RESOURCE_LINK = CLAIM + "resource_link"
ROLES = CLAIM + "roles"
CONTEXT = CLAIM + "context"
CUSTOM = CLAIM + "custom"
DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"

RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest"
DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest"
ALLOWED_ALGORITHMS = ("RS256", "RS384", "RS512")


def is_our_url(url: str, request: HttpRequest) -> bool:
    """A target link URI must point at this tool's LTI endpoints, on this host: an http(s) URL
    without user information, control characters or backslashes (see `parse_web_url`)."""
    try:
        parts = parse_web_url(url)
    except UnsafeUrl:
        return False
    return parts.netloc.lower() == request.get_host().lower() and parts.path.startswith("/lti/")


@dataclass(frozen=True, slots=True)
class LaunchContext:
    """Everything the rest of the product needs from a verified launch, and nothing more."""

    launch_id: str
    platform_id: int
    issuer: str
    client_id: str
    deployment_id: str
    message_type: str
    sub: str
    role: str
    name: str = ""
    context_id: str = ""
    context_title: str = ""
    resource_link_id: str = ""
    resource_link_title: str = ""
    lesson_id: int | None = None
    line_item_url: str = ""
    lineitems_url: str = ""
    ags_scopes: tuple[str, ...] = ()
    memberships_url: str = ""
    deep_linking_settings: dict = field(default_factory=dict)
    # The language the platform shows this person in ("es", "en"), or "" (lti.claims).
    language: str = ""

    @property
    def is_deep_linking(self) -> bool:
        return self.message_type == DEEP_LINKING_REQUEST


def _jwks_cache_key(url: str) -> str:
    return "lti-jwks-" + hashlib.sha256(url.encode()).hexdigest()


# After a key set could not be fetched (down, slow, hostile), launches of that platform within
# this many seconds are refused at once. Anyone can post a made-up id_token for a registered
# platform, and each one made the tool fetch the key set: against an LMS that trickles it, a few
# dozen posts a second held every web worker for a launch's whole deadline.
KEY_SET_FAILURE_MEMORY_SECONDS = 15


def _failure_key(url: str) -> str:
    return _jwks_cache_key(url) + "-failed"


def remember_key_set_failure(url: str) -> None:
    cache.set(_failure_key(url), 1, KEY_SET_FAILURE_MEMORY_SECONDS)


def cached_jwks(url: str) -> dict | None:
    """The platform's key set as we keep it, or None when we keep none (or it is past the
    time the platform allowed)."""
    cached = cache.get(_jwks_cache_key(url))
    # The entry carries its own expiry too: a cache's clock (Redis's TTL) may run apart
    # from ours, and a withdrawn key must stop working when the platform said it would.
    if isinstance(cached, dict) and cached.get("until", 0) > time.time():
        return cached["keyset"]
    return None


def fetch_jwks(url: str, *, force: bool = False, ask_again: bool = False) -> dict:
    """The platform's key set, cached as long as the platform allows (bounded); fetched through
    the checked outbound session; `force` skips the cache. A fetch that failed a moment ago is
    not tried again (`KEY_SET_FAILURE_MEMORY_SECONDS`) unless `ask_again` (the self-test)."""
    key = _jwks_cache_key(url)
    if not force:
        cached = cached_jwks(url)
        if cached is not None:
            return cached
    if not ask_again and cache.get(_failure_key(url)) is not None:
        raise LaunchRejected(
            "jwks_unavailable",
            _("The LMS's public keys could not be fetched. Try again shortly."),
            502,
        )
    try:
        response = TimeoutSession().get(url)
        response.raise_for_status()
        keyset = response.json()
    except (requests.RequestException, ValueError) as exc:
        remember_key_set_failure(url)
        raise LaunchRejected(
            "jwks_unavailable",
            _("The LMS's public keys could not be fetched. Try again shortly."),
            502,
        ) from exc
    cache.delete(_failure_key(url))
    if not isinstance(keyset, dict) or not isinstance(keyset.get("keys"), list):
        raise LaunchRejected("jwks_invalid", _("The LMS's public key set is not valid."), 502)
    # A platform that withdraws a key is believed within minutes, not hours.
    lifetime = cache_lifetime(
        response.headers.get("Cache-Control", ""), settings.LTI_JWKS_CACHE_SECONDS
    )
    if lifetime > 0:
        cache.set(key, {"keyset": keyset, "until": time.time() + lifetime}, lifetime)
    else:
        cache.delete(key)
    return keyset


def _find_key(keyset: dict, kid: str, alg: str):
    for candidate in keyset.get("keys", []):
        if (
            isinstance(candidate, dict)
            and candidate.get("kid") == kid
            and candidate.get("alg", alg) == alg
            and candidate.get("kty") == "RSA"
        ):
            try:
                return jwt.PyJWK(candidate, algorithm=alg).key
            except jwt.PyJWTError as exc:
                # The platform publishes this kid, but not as a key anyone could verify with.
                raise LaunchRejected(
                    "jwks_invalid", _("The LMS's public key set is not valid."), 502
                ) from exc
    return None


def platform_key(url: str, kid: str, alg: str):
    cached = cached_jwks(url)
    key = _find_key(cached if cached is not None else fetch_jwks(url, force=True), kid, alg)
    # The platform may have rotated its keys since we cached them: refetch once, but not in a
    # loop that anyone sending made-up kids could drive. A key set fetched for this very
    # launch is already the platform's newest: asking again at once would only double the
    # requests a made-up kid costs it.
    if (
        key is None
        and cached is not None
        and cache.add(_jwks_cache_key(url) + "-refetch", 1, settings.LTI_JWKS_REFETCH_MIN_SECONDS)
    ):
        key = _find_key(fetch_jwks(url, force=True), kid, alg)
    if key is None:
        raise LaunchRejected(
            "unknown_key", _("The launch was signed with a key the LMS does not publish."), 403
        )
    return key


# The longest an id_token may stay valid: Canvas signs for an hour, Moodle for a minute. Never
# longer than the nonce it answers (pylti1p3 keeps an issued nonce for a day): a used-nonce
# marker outlives the token, and a token dated for centuries would ask the state store for an
# expiry it refuses (Redis: "invalid expire time", a 500).
MAX_ID_TOKEN_LIFETIME_SECONDS = 86400


def check_lifetime(claims: dict) -> None:
    """`exp` is a number (PyJWT also takes a string of digits) no further ahead than
    MAX_ID_TOKEN_LIFETIME_SECONDS, give or take the clock skew."""
    exp = claims.get("exp")
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        raise LaunchRejected("malformed_claim", _("The launch's exp is not valid."), 400)
    ceiling = time.time() + MAX_ID_TOKEN_LIFETIME_SECONDS + settings.LTI_CLOCK_SKEW_SECONDS
    if exp > ceiling:
        raise LaunchRejected(
            "expires_too_late",
            _("The launch token is valid for far longer than an LMS signs one for."),
            401,
        )


class ToolLaunchChecks:
    """Our checks, run by the pylti1p3 adapter at each step of the library's validation:
    addressing before any query, the signature with our own key handling, ids, the nonce used
    once, the deployment, the claims, and what the launch may keep."""

    def __init__(self, request: HttpRequest, login: dict | None = None) -> None:
        self.request = request
        # The storage flow hands over the login record it spent; with the state cookie, the
        # record is still in the store: either way it names the LMS the login was for.
        self.login = login if login is not None else login_record_of(request.POST.get("state", ""))

    def check_addressing(self, unverified_body: dict) -> None:
        """iss, aud and azp are looked up before the signature is checked: refuse any that no
        database would store (a NUL byte is a 500 on PostgreSQL) before they reach a query."""
        body = unverified_body
        aud = body.get("aud")
        try:
            identifier(body.get("iss"), "iss")
            identifier(body.get("azp"), "azp")
            for audience in aud if isinstance(aud, list) else [aud]:
                identifier(audience, "aud")
        except BadClaim as exc:
            raise LaunchRejected(
                "malformed_claim",
                format_lazy(_("The launch's '{claim}' is not valid."), claim=exc.claim),
                400,
            ) from exc

    def check_claim_values(self, claims: dict) -> None:
        """Ids are stored and looked up, so a bad one is refused (never repaired); objects must
        be objects. Display text is cleaned later, in `context()`."""
        if contains_nul(without_display_text(claims)):
            raise LaunchRejected(
                "malformed_claim", _("The launch contains a character no id may hold (NUL)."), 400
            )
        for name in (CONTEXT, RESOURCE_LINK, CUSTOM, AGS_ENDPOINT, NRPS, DEEP_LINKING_SETTINGS):
            if claims.get(name) is not None and not isinstance(claims[name], dict):
                raise LaunchRejected(
                    "malformed_claim",
                    format_lazy(
                        _("The launch's '{claim}' is not valid."), claim=name.rsplit("/", 1)[-1]
                    ),
                    400,
                )
        try:
            identifier(claims.get("sub"), "sub")
            identifier(claims.get(DEPLOYMENT_ID), "deployment_id")
            identifier((claims.get(CONTEXT) or {}).get("id"), "context id")
            identifier((claims.get(RESOURCE_LINK) or {}).get("id"), "resource link id")
        except BadClaim as exc:
            raise LaunchRejected(
                "malformed_claim",
                format_lazy(_("The launch's {claim} is not valid."), claim=exc.claim),
                400,
            ) from exc

    def unknown_registration(self, iss: str | None) -> LaunchRejected:
        if iss and Platform.objects.filter(issuer=iss, is_active=True).exists():
            return LaunchRejected(
                "unknown_client_id", _("This client id is not registered with Upstander."), 403
            )
        return LaunchRejected(
            "unknown_issuer", _("This LMS is not registered with Upstander."), 403
        )

    def check_login_platform(self, platform: Platform) -> None:
        """The id_token's issuer and audience found `platform`: it must be the LMS the login was
        started for. Otherwise another LMS Upstander knows is answering someone else's login
        (its state and nonce seen in the browser), to sign that browser in as its own person.
        Checked before the signature and the nonce, so the refusal spends nothing and the
        right LMS's answer still goes through. A record from before logins named their
        platform (lived at most LOGIN_RECORD_LIFETIME) binds nothing."""
        if self.login is None:
            # pylti1p3 keeps the state and nonce for a day; our record of the login, which
            # says whose it was, for LOGIN_RECORD_LIFETIME. An answer seconds after the login
            # always finds it: without it, the launch is not bound to an LMS and is refused.
            raise LaunchRejected(
                "login_expired",
                _("This launch answers a login that has expired. Open the link again."),
                403,
            )
        started_for = self.login.get("platform_id")
        if started_for is not None and started_for != platform.pk:
            raise LaunchRejected(
                "login_for_another_platform",
                _(
                    "This launch came from another LMS than the one you started from. "
                    "Open the link again from your course."
                ),
                403,
            )

    def verified_claims(self, id_token: str, header: dict, platform: Platform) -> dict:
        alg, kid = header.get("alg"), header.get("kid")
        if alg not in ALLOWED_ALGORITHMS:
            raise LaunchRejected(
                "bad_algorithm",
                _("The launch token is not signed with an accepted algorithm."),
                403,
            )
        if not kid:
            raise LaunchRejected(
                "missing_kid", _("The launch token does not name its signing key."), 403
            )
        key = platform_key(platform.key_set_url, kid, alg)
        try:
            claims = jwt.decode(
                id_token,
                key,
                algorithms=[alg],
                audience=platform.client_id,
                issuer=platform.issuer,
                leeway=settings.LTI_CLOCK_SKEW_SECONDS,
                options={"require": ["exp", "iat", "iss", "aud", "nonce"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise LaunchRejected(
                "expired", _("The launch has expired. Open the link again from your course."), 401
            ) from exc
        except jwt.ImmatureSignatureError as exc:
            raise LaunchRejected(
                "not_yet_valid", _("The launch token is dated in the future."), 401
            ) from exc
        except jwt.InvalidAudienceError as exc:
            raise LaunchRejected(
                "wrong_audience", _("The launch was meant for another tool."), 403
            ) from exc
        except jwt.MissingRequiredClaimError as exc:
            raise LaunchRejected(
                f"missing_{exc.claim}",
                format_lazy(_("The launch token has no '{claim}'."), claim=exc.claim),
                400,
            ) from exc
        except jwt.exceptions.InvalidSubjectError as exc:
            raise LaunchRejected(
                "malformed_claim", _("The launch's sub is not valid."), 400
            ) from exc
        except jwt.InvalidTokenError as exc:
            raise LaunchRejected(
                "bad_signature", _("The launch token's signature is not valid."), 403
            ) from exc
        check_lifetime(claims)
        aud = claims["aud"]
        azp = claims.get("azp")
        if (isinstance(aud, list) and len(aud) > 1 or azp) and azp != platform.client_id:
            raise LaunchRejected(
                "wrong_azp", _("The launch was authorised for another tool (azp)."), 403
            )
        return claims

    def use_nonce(self, claims: dict, was_issued: Callable[[str], bool]) -> None:
        nonce = claims.get("nonce")
        if not isinstance(nonce, str) or not nonce or not was_issued(nonce):
            raise LaunchRejected(
                "unknown_nonce", _("The launch did not answer a login of this tool."), 403
            )
        # pylti1p3 would accept the same id_token again until it expires: each nonce is used once.
        # The marker lives in the durable store until the token has expired, so no amount of
        # other traffic can evict it while the token could still be replayed. It names the
        # nonce alone: we issued it for one login, so a second answer from another platform
        # (another issuer) is a replay too (tests/lti/test_nonce_replay_across_platforms.py).
        used_key = "lti-nonce-used-" + hashlib.sha256(f"nonce|{nonce}".encode()).hexdigest()
        lifetime = max(60, int(claims["exp"]) - int(time.time()) + settings.LTI_CLOCK_SKEW_SECONDS)
        if not state_cache().add(used_key, 1, lifetime):
            raise LaunchRejected(
                "replayed_nonce", _("This launch has already been used. Open the link again."), 403
            )

    def check_deployment(self, claims: dict, platform: Platform) -> None:
        deployment_id = claims.get(DEPLOYMENT_ID)
        if not deployment_id or not isinstance(deployment_id, str):
            raise LaunchRejected("missing_deployment", _("The launch has no deployment id."))
        if platform.deployments.filter(deployment_id=deployment_id).exists():
            return
        if platform.accept_new_deployments:
            # A copied course can arrive with a deployment the LMS created for the copy.
            PlatformDeployment.objects.get_or_create(
                platform=platform,
                deployment_id=deployment_id,
                defaults={"recorded_from_launch": True},
            )
            logger.info("Recorded new deployment %s for %s", deployment_id, platform)
            return
        raise LaunchRejected(
            "unknown_deployment", _("This deployment of Upstander is not registered."), 403
        )

    def check_claims(self, claims: dict) -> None:
        if claims.get(VERSION) != "1.3.0":
            raise LaunchRejected("wrong_version", _("Only LTI 1.3 launches are supported."))
        message_type = claims.get(MESSAGE_TYPE)
        if message_type not in (RESOURCE_LINK_REQUEST, DEEP_LINKING_REQUEST):
            raise LaunchRejected(
                "unknown_message_type", _("Upstander does not handle this kind of launch.")
            )
        if not is_our_url(claims.get(TARGET_LINK_URI, ""), self.request):
            raise LaunchRejected("foreign_target", _("The launch points at another site."))
        if not claims.get("sub"):
            raise LaunchRejected("missing_sub", _("The launch does not say who you are."))
        if message_type == RESOURCE_LINK_REQUEST and not (claims.get(RESOURCE_LINK) or {}).get(
            "id"
        ):
            raise LaunchRejected(
                "missing_resource_link", _("The launch does not say which link was opened.")
            )
        if message_type == DEEP_LINKING_REQUEST:
            dl = claims.get(DEEP_LINKING_SETTINGS)
            if not isinstance(dl, dict) or not dl.get("deep_link_return_url"):
                raise LaunchRejected(
                    "missing_deep_linking_settings", _("The lesson picker launch is incomplete.")
                )
            accept_types = dl.get("accept_types")
            if not isinstance(accept_types, list) or "ltiResourceLink" not in accept_types:
                raise LaunchRejected(
                    "unsupported_accept_types", _("This placement does not accept LTI links.")
                )

    def launch_data_to_keep(self, claims: dict) -> dict:
        # Only what a restored launch needs, never the person (see lti/claims.py).
        return launch_data_to_keep(claims)


def scopes_of(ags_endpoint: dict) -> tuple[str, ...]:
    """The AGS scopes a launch grants: an array of strings (a space-separated string is read
    as OAuth writes scopes); anything else grants none."""
    scope = ags_endpoint.get("scope")
    if isinstance(scope, str):
        scope = scope.split()
    if not isinstance(scope, list):
        return ()
    return tuple(item for item in scope if isinstance(item, str))


_PAGE_ID = re.compile(r"[0-9]{1,10}")


def page_id(value: object) -> int | None:
    """A lesson id from the link's custom parameters, or None. Plain ASCII digits only: a
    teacher can type any custom parameter, and `str.isdigit` also passes '²' (which `int` then
    refuses) and 5,000-digit numbers (which `int` refuses to read), each once a 500."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not _PAGE_ID.fullmatch(value):
        return None
    return int(value)


def context_of(launch: LtiLaunch) -> LaunchContext:
    """Our value object for a verified launch: ids checked, display text cleaned, service URLs
    only at the registration's origins."""
    claims = launch.claims
    ags = claims.get(AGS_ENDPOINT) or {}
    custom = claims.get(CUSTOM) or {}
    lesson_id = custom.get("upstander_lesson")
    context = claims.get(CONTEXT) or {}
    link = claims.get(RESOURCE_LINK) or {}
    platform = launch.platform
    return LaunchContext(
        launch_id=launch.launch_id,
        platform_id=platform.pk,
        issuer=claims["iss"],
        client_id=platform.client_id,
        deployment_id=claims[DEPLOYMENT_ID],
        message_type=claims[MESSAGE_TYPE],
        sub=identifier(claims["sub"], "sub"),
        role=role_from_claims(claims.get(ROLES) or []),
        name=display_text(claims.get("name"), 200),
        context_id=identifier(context.get("id"), "context id"),
        context_title=display_text(context.get("title") or context.get("label"), 255),
        resource_link_id=identifier(link.get("id"), "resource link id"),
        resource_link_title=display_text(link.get("title"), 255),
        lesson_id=page_id(lesson_id),
        # Grades and rosters only ever go to an origin the registration names.
        line_item_url=service_url_to_keep(platform, str(ags.get("lineitem") or "")),
        lineitems_url=service_url_to_keep(platform, str(ags.get("lineitems") or "")),
        ags_scopes=scopes_of(ags),
        memberships_url=service_url_to_keep(
            platform, str((claims.get(NRPS) or {}).get("context_memberships_url") or "")
        ),
        deep_linking_settings=dict(claims.get(DEEP_LINKING_SETTINGS) or {}),
        language=launch_language(claims),
    )


# Canvas's and Moodle's id_tokens are a few kilobytes. What a launch keeps (the deep-linking
# settings with their `data`, the service endpoints) sits in the durable state store for a
# day and in the picker's cache for an hour: a platform may not fill them a megabyte at a time.
MAX_ID_TOKEN_CHARACTERS = 64 * 1024


def verify_launch(request: HttpRequest, login_record: dict | None = None) -> LaunchContext:
    """Verify a launch POST. Raises `LaunchRejected`; never a 500 for a bad launch."""
    if not request.POST.get("id_token"):
        raise LaunchRejected(
            "missing_id_token", _("This page is opened from your LMS, not directly.")
        )
    if len(request.POST["id_token"]) > MAX_ID_TOKEN_CHARACTERS:
        raise LaunchRejected(
            "token_too_large", _("The launch token is far larger than an LMS sends."), 413
        )
    if not request.POST.get("state"):
        raise LaunchRejected(
            "missing_state", _("The launch did not come from a login this browser started."), 403
        )
    if not is_plain_state(request.POST["state"]):
        raise LaunchRejected("malformed_state", _("The launch's state is not valid."))
    if names_a_member_twice(request.POST["id_token"]):
        raise LaunchRejected("duplicate_claim", _("The launch token names the same claim twice."))
    try:
        checks = ToolLaunchChecks(request, login_record)
        launch = LtiLaunch.from_request(request, checks, login_record)
    except LibraryError as exc:
        # The cache storage wants its cookie from the login: without it, cookies are blocked.
        raise LaunchRejected(
            "cookies_blocked", _("Your browser blocked the cookie this launch needs."), 403
        ) from exc
    try:
        # The platform's key set (and a refetch for a key it just rotated in) within a few
        # seconds all told: a platform that answers slowly holds no web worker longer.
        with outbound_deadline(settings.LTI_LAUNCH_DEADLINE_SECONDS):
            launch.validate()
        return context_of(launch)
    except NoSigningKey as exc:
        raise LaunchRejected(
            "tool_not_ready", _("Upstander has no signing key yet: ask your administrator."), 503
        ) from exc
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        # A claim of a shape no check above foresaw (a number where an array belongs, ...):
        # the launch is refused, never a 500; the log keeps what broke.
        raise LaunchRejected(
            "malformed_claim", _("The launch contains a claim Upstander cannot read."), 400
        ) from exc


def language_asked_by(request: HttpRequest) -> str:
    """The language a launch POST asks to be shown in (lti.claims.launch_language), read from
    its id_token without trusting it: a refused launch is never verified, and the locale
    only picks the words of the page that says why. "" when it names none we speak."""
    token = request.POST.get("id_token", "") if request.method == "POST" else ""
    if not token or len(token) > MAX_ID_TOKEN_CHARACTERS:
        return ""
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except (jwt.PyJWTError, ValueError, RecursionError):
        return ""
    return launch_language(claims) if isinstance(claims, dict) else ""


def log_rejection(request: HttpRequest, rejection: LaunchRejected) -> None:
    # The log is read by the people who run the tool: in English, whatever the person saw.
    with translation.override("en"):
        reason = str(rejection.__cause__ or rejection.message)
    logger.warning(
        "LTI launch rejected: %s (%s) from %s",
        rejection.code,
        reason,
        request.META.get("REMOTE_ADDR", "?"),
    )
