"""The one module that touches pylti1p3 (the pylti1p3next fork, pinned at 2.0.2).

Everything the library is asked to do, every method of it we override and every private
attribute we read is here, so the rest of lti talks to our own names: `LtiLaunch` (a launch
verified with our checks), `login_redirect`, `services_for` (AGS/NRPS calls with cached
tokens), `signed_deep_linking_response`, `run_dynamic_registration`. What we override and read
is listed at the end (`OVERRIDDEN`, `PRIVATE_ATTRIBUTES`), and
tests/lti/test_pylti1p3_adapter.py checks that list against the installed library, so an
upgrade that renames or reshapes any of it fails loudly instead of quietly skipping a check.
"""

from __future__ import annotations

import hashlib
import math
import typing as t
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoMessageLaunch, DjangoOIDCLogin
from pylti1p3.contrib.django.cookie import DjangoCookieService
from pylti1p3.contrib.django.request import DjangoRequest
from pylti1p3.deep_link import DeepLink
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.deployment import Deployment
from pylti1p3.dynamic_registration import DynamicRegistration
from pylti1p3.exception import LtiException, OIDCException
from pylti1p3.lineitem import LineItem
from pylti1p3.message_launch import MessageLaunch
from pylti1p3.registration import Registration
from pylti1p3.service_connector import REQUESTS_USER_AGENT, ServiceConnector
from pylti1p3.tool_config.abstract import ToolConfAbstract

from lti.keys import public_pem_for, signing_key
from lti.models import Platform
from lti.rejections import LaunchRejected
from lti.tool_conf import TimeoutSession, UnknownPlatform, check_service_url, find_platform

PINNED_DISTRIBUTION = "pylti1p3next"
PINNED_VERSION = "2.0.2"

# Whatever the library refuses with (a bad login, a missing cookie, an unknown registration).
LibraryError = (LtiException, OIDCException)
LIBRARY_USER_AGENT = REQUESTS_USER_AGENT


# --- Registrations and tool configuration --------------------------------------------------------
class ToolRegistration(Registration):
    """A registration that signs with the current key of the key set this platform was told
    to trust (lti.registration: a self-registered platform has a set of its own) and names
    its kid."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        key = signing_key(platform.tool_key_set)
        self._kid = key.kid
        self.set_issuer(platform.issuer).set_client_id(platform.client_id)
        self.set_auth_login_url(platform.auth_login_url).set_auth_token_url(platform.auth_token_url)
        self.set_key_set_url(platform.key_set_url)
        if platform.auth_audience:
            self.set_auth_audience(platform.auth_audience)
        private_pem = key.private_pem()
        self.set_tool_private_key(private_pem).set_tool_public_key(public_pem_for(private_pem))

    def get_kid(self) -> str:
        return self._kid


class DbToolConf(ToolConfAbstract):
    """Registrations and deployments read from `lti.Platform`; many client ids per issuer."""

    def __init__(self) -> None:
        super().__init__()
        self._platforms: dict[tuple[str, str | None], Platform] = {}

    def platform(self, iss: str, client_id: str | None) -> Platform:
        if (iss, client_id) not in self._platforms:
            self._platforms[(iss, client_id)] = find_platform(iss, client_id)
        return self._platforms[(iss, client_id)]

    def check_iss_has_one_client(self, iss: str) -> bool:
        return False

    def check_iss_has_many_clients(self, iss: str) -> bool:
        return True

    def find_registration_by_issuer(self, iss: str, *args, **kwargs) -> Registration:
        return ToolRegistration(self.platform(iss, None))

    def find_registration_by_params(
        self, iss: str, client_id: str, *args, **kwargs
    ) -> Registration:
        return ToolRegistration(self.platform(iss, client_id or None))

    def find_deployment(self, iss: str, deployment_id: str) -> Deployment | None:
        return self.find_deployment_by_params(iss, deployment_id, None)  # type: ignore[arg-type]

    def find_deployment_by_params(
        self, iss: str, deployment_id: str, client_id: str, *args, **kwargs
    ) -> Deployment | None:
        platform = self.platform(iss, client_id or None)
        if not platform.deployments.filter(deployment_id=deployment_id).exists():
            return None
        return Deployment().set_deployment_id(deployment_id)


def launch_data_storage() -> DjangoCacheDataStorage:
    """Launch data, state and nonces in the durable store every worker shares (not the session,
    and not the default cache, which may evict a nonce record before it expires)."""
    from lti.state_cache import LTI_STATE_CACHE

    return DjangoCacheDataStorage(cache_name=LTI_STATE_CACHE)


# --- Services (AGS, NRPS) ---------------------------------------------------------------------
MAX_TOKEN_CACHE_SECONDS = 86400


class PlatformInactive(Exception):
    """The platform's registration is switched off: its services are not called."""


class CachedTokenConnector(ServiceConnector):
    """Client-credentials tokens cached per registration and scopes until just before expiry.

    pylti1p3's own cache key leaves out the client id, so two registrations on one issuer
    would share a token; this one keys on both.
    """

    def __init__(self, registration: Registration, requests_session=None) -> None:
        super().__init__(registration, requests_session or TimeoutSession())

    def _cache_key(self, scope_key: str) -> str:
        raw = f"{self._registration.get_issuer()}|{self._registration.get_client_id()}|{scope_key}"
        return "lti-token-" + hashlib.sha256(raw.encode()).hexdigest()

    def _get_cached_access_token(self, scope_key: str) -> str | None:
        return cache.get(self._cache_key(scope_key))

    def _cache_access_token(self, scope_key: str, access_token: str, expires_in: float) -> None:
        # The platform says how long; we keep it at most a day (a year's `expires_in` would ask
        # the cache for an expiry it refuses, and a token outliving a day is not worth trusting)
        # and drop it a little early so that it never expires on its way to the LMS.
        try:
            seconds = float(expires_in or 0)
        except (TypeError, ValueError):
            seconds = 0.0
        if not math.isfinite(seconds):
            seconds = 0.0
        lifetime = int(min(seconds, MAX_TOKEN_CACHE_SECONDS)) - (
            settings.LTI_TOKEN_EXPIRY_MARGIN_SECONDS
        )
        if lifetime > 0:
            cache.set(self._cache_key(scope_key), access_token, lifetime)

    def get_access_token(self, scopes: t.Sequence[str]) -> str:
        # A platform an administrator switched off (perhaps because it was not the school it
        # claimed to be) is sent no signed assertion and asked for no token, whatever is queued.
        platform = self._registration.platform
        if not platform.is_active:
            raise PlatformInactive(f"Platform {platform.pk} is switched off; nothing was sent.")
        return super().get_access_token(scopes)

    def make_service_request(self, scopes, url, *args, **kwargs):  # type: ignore[override]
        # Checked before the token is fetched: a foreign host gets neither token nor data.
        check_service_url(self._registration.platform, url)
        return super().make_service_request(scopes, url, *args, **kwargs)


class PlatformServices:
    """A platform's services, called with its token (only ever at origins it names)."""

    def __init__(self, platform: Platform) -> None:
        self._connector = CachedTokenConnector(ToolRegistration(platform))

    def post_json(self, scopes: t.Sequence[str], url: str, body: str, content_type: str) -> dict:
        return self._connector.make_service_request(
            scopes, url, is_post=True, data=body, content_type=content_type
        )

    def get_json(self, scopes: t.Sequence[str], url: str, accept: str) -> dict:
        """The response as {"headers", "body", "next_page_url"}."""
        return self._connector.make_service_request(scopes, url, accept=accept)

    def access_token(self, scopes: t.Sequence[str]) -> str:
        return self._connector.get_access_token(scopes)


def services_for(platform: Platform) -> PlatformServices:
    return PlatformServices(platform)


# --- The launch -------------------------------------------------------------------------------
class LaunchChecks(t.Protocol):
    """Our own checks at each step of the library's launch validation (lti/launch.py)."""

    def check_addressing(self, unverified_body: dict) -> None: ...
    def unknown_registration(self, iss: str | None) -> LaunchRejected: ...
    def check_login_platform(self, platform: Platform) -> None: ...
    def verified_claims(self, id_token: str, header: dict, platform: Platform) -> dict: ...
    def check_claim_values(self, claims: dict) -> None: ...
    def use_nonce(self, claims: dict, was_issued: t.Callable[[str], bool]) -> None: ...
    def check_deployment(self, claims: dict, platform: Platform) -> None: ...
    def check_claims(self, claims: dict) -> None: ...
    def launch_data_to_keep(self, claims: dict) -> dict: ...


# Library refusals at the steps it runs itself, as the person reads them.
BAD_STATE = LaunchRejected(
    "bad_state", _("The launch did not come from a login this browser started."), 403
)
MALFORMED_TOKEN = LaunchRejected("malformed_token", _("The launch token is malformed."))
INVALID_MESSAGE = LaunchRejected("invalid_message", _("The launch message is not valid."))
STEP_ERRORS = (LtiException, UnknownPlatform, KeyError, ValueError, TypeError, RecursionError)


class _ToolMessageLaunch(DjangoMessageLaunch):
    checks: LaunchChecks | None = None
    claims: dict

    def __init__(self, request, tool_config, *, login_record: dict | None = None, **library):
        # A launch whose state was proven through platform storage has no cookies to read:
        # its launch data lives under the storage session id the login recorded.
        self._state_verified = login_record is not None
        library.setdefault("requests_session", TimeoutSession())
        library.setdefault("service_connector_cls", CachedTokenConnector)
        if "launch_data_storage" not in library:
            library["launch_data_storage"] = None if login_record else launch_data_storage()
        super().__init__(request, tool_config, **library)
        if login_record is not None:
            data_storage = launch_data_storage()
            data_storage.set_request(self._request)
            if login_record.get("session_id"):
                data_storage.set_session_id(login_record["session_id"])
            self._session_service.set_data_storage(data_storage)
        self.claims = {}

    def validate_state(self) -> _ToolMessageLaunch:
        if self._state_verified:
            return self
        return super().validate_state()

    # With several audiences, the one meant for us is named by azp.
    def get_client_id(self) -> str:
        body = self._jwt.get("body", {})
        aud = body.get("aud")
        if isinstance(aud, list):
            return body.get("azp") or (aud[0] if aud else "")
        return aud or ""

    def validate(self) -> _ToolMessageLaunch:
        # The library's guard, which an override must keep: a launch restored from the cache
        # carries no id_token to check, and a verified launch is not verified again as new
        # (its nonce is spent; a second pass would also drop what the first one proved).
        if self._restored:
            raise LaunchRejected(
                "restored_launch", _("This launch was already used. Open the link again."), 400
            )
        if self._validated:
            raise LaunchRejected(
                "already_validated", _("This launch was already used. Open the link again."), 400
            )
        checks = self.checks
        assert checks is not None, "a launch is validated with our checks"
        self._validated = True
        try:
            self._step(BAD_STATE, self.validate_state)
            self._step(MALFORMED_TOKEN, self.validate_jwt_format)
            # The library decodes any JSON: a header or body that is a string or a list would
            # reach `.get` below (a 500), and no signature has been checked yet.
            if not all(isinstance(self._jwt.get(part), dict) for part in ("header", "body")):
                raise LaunchRejected(
                    MALFORMED_TOKEN.code, MALFORMED_TOKEN.message, MALFORMED_TOKEN.status
                )
            checks.check_addressing(self._jwt["body"])
            self.validate_registration()
            checks.check_login_platform(self._registration.platform)
            self.validate_jwt_signature()
            checks.check_claim_values(self.claims)
            self.validate_nonce()
            self.validate_deployment()
            checks.check_claims(self.claims)
            self._step(INVALID_MESSAGE, self.validate_message)
            self.save_launch_data()
        except Exception:
            self._validated = False
            raise
        return self

    @staticmethod
    def _step(refusal: LaunchRejected, fn: t.Callable[[], object]) -> None:
        try:
            fn()
        except LaunchRejected:
            raise
        except STEP_ERRORS as exc:
            raise LaunchRejected(refusal.code, refusal.message, refusal.status) from exc

    def validate_registration(self) -> _ToolMessageLaunch:
        try:
            return super().validate_registration()
        except (UnknownPlatform, LtiException) as exc:
            if self.checks is None:
                raise
            raise self.checks.unknown_registration(self._jwt.get("body", {}).get("iss")) from exc

    def validate_jwt_signature(self) -> _ToolMessageLaunch:
        assert self.checks is not None
        self.claims = self.checks.verified_claims(
            self._get_id_token(), self._jwt.get("header", {}), self._registration.platform
        )
        return self

    def validate_nonce(self) -> _ToolMessageLaunch:
        assert self.checks is not None
        self.checks.use_nonce(self.claims, self._session_service.check_nonce)
        return self

    def validate_deployment(self) -> _ToolMessageLaunch:
        assert self.checks is not None
        self.checks.check_deployment(self.claims, self._registration.platform)
        return self

    def save_launch_data(self) -> _ToolMessageLaunch:
        # Only what a restored launch needs. pylti1p3 would also mark the state valid for this
        # id_token, a second way in for a replay: a used state is never valid again here.
        assert self.checks is not None
        kept = self.checks.launch_data_to_keep(self.claims)
        self._session_service.save_launch_data(self._launch_id, kept)
        return self


class LtiLaunch:
    """One launch, verified through pylti1p3 with our checks."""

    def __init__(self, library_launch: _ToolMessageLaunch) -> None:
        self._launch = library_launch

    @classmethod
    def from_request(
        cls, request: HttpRequest, checks: LaunchChecks, login_record: dict | None = None
    ) -> LtiLaunch:
        """Raises `LibraryError` when the launch's storage cookie is missing."""
        launch = _ToolMessageLaunch(request, DbToolConf(), login_record=login_record)
        launch.checks = checks
        return cls(launch)

    @classmethod
    def restore(cls, request: HttpRequest, launch_id: str) -> LtiLaunch:
        """A launch restored from the launch data it kept (the browser's storage cookie finds
        it). It can be read, never validated again."""
        launch = _ToolMessageLaunch.from_cache(
            launch_id,
            request,
            DbToolConf(),
            launch_data_storage=launch_data_storage(),
            requests_session=TimeoutSession(),
            service_connector_cls=CachedTokenConnector,
        )
        return cls(launch)

    def validate(self) -> LtiLaunch:
        self._launch.validate()
        return self

    @property
    def claims(self) -> dict:
        """The verified claims (a restored launch: the launch data it kept)."""
        return self._launch.claims or self._launch.get_launch_data()

    @property
    def launch_id(self) -> str:
        return self._launch.get_launch_id()

    @property
    def platform(self) -> Platform:
        return self._launch._registration.platform


# --- The OIDC login ----------------------------------------------------------------------------
@dataclass(frozen=True)
class LoginRedirect:
    """Where the browser goes next, and the storage session the launch will find its state in."""

    url: str
    storage_session_id: str
    _cookies: DjangoCookieService

    def set_cookies(self, response: HttpResponse) -> HttpResponse:
        """The state cookies pylti1p3 keeps for the launch to check."""
        self._cookies.update_response(response)
        return response


def login_redirect(request: HttpRequest, launch_url: str) -> LoginRedirect:
    """Raises `LibraryError` or `UnknownPlatform` for a login the library refuses."""
    cookies = DjangoCookieService(DjangoRequest(request))
    data_storage = launch_data_storage()
    oidc = DjangoOIDCLogin(
        request, DbToolConf(), cookie_service=cookies, launch_data_storage=data_storage
    )
    url = oidc.get_redirect_object(launch_url).get_redirect_url()
    return LoginRedirect(url, data_storage.get_session_id(), cookies)


# --- Deep linking ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DeepLinkItem:
    """One ltiResourceLink to place, with a gradebook column."""

    title: str
    url: str
    resource_id: str
    custom: dict[str, str]
    score_maximum: int | float
    tag: str


def signed_deep_linking_response(
    platform: Platform, deployment_id: str, dl_settings: dict, items: list[DeepLinkItem]
) -> str:
    """The LtiDeepLinkingResponse JWT, signed with the tool's key. `data` is echoed only when
    the platform sent it (pylti1p3 would write an empty one)."""
    resources = [
        DeepLinkResource()
        .set_title(item.title)
        .set_url(item.url)
        .set_lineitem(
            LineItem()
            .set_score_maximum(item.score_maximum)
            .set_label(item.title)
            .set_resource_id(item.resource_id)
            .set_tag(item.tag)
        )
        .set_custom_params(item.custom)
        for item in items
    ]
    deep_link = DeepLink(ToolRegistration(platform), deployment_id, dl_settings)
    message = deep_link.get_message_jwt(resources)
    if "data" not in dl_settings:
        message.pop("https://purl.imsglobal.org/spec/lti-dl/claim/data", None)
    return deep_link.encode_jwt(message)


# --- Dynamic registration ----------------------------------------------------------------------
REGISTRATION_HOOKS = (
    "get_request_session",
    "get_initiate_login_uri",
    "get_jwks_uri",
    "get_redirect_uris",
    "get_target_link_uri",
    "get_domain",
    "get_logo_uri",
    "get_scopes",
    "get_claims",
    "get_messages",
    "get_openid_configuration_endpoint",
    "get_registration_token",
    "get_openid_configuration",
)


class _DynamicRegistration(DynamicRegistration):
    """pylti1p3's registration flow, asking `tool` (lti/registration.py) at every hook."""

    def __init__(self, tool: t.Any) -> None:
        self.tool = tool
        self.client_name = tool.client_name
        self.description = tool.description

    def complete_registration(self, openid_configuration: dict, openid_registration: dict):
        return self.tool.complete_registration(openid_configuration, openid_registration)


for _hook in REGISTRATION_HOOKS:
    setattr(
        _DynamicRegistration,
        _hook,
        (lambda name: lambda self, *args: getattr(self.tool, name)(*args))(_hook),
    )


def run_dynamic_registration(tool: t.Any) -> Platform:
    """Answer the platform's openid-configuration with our registration and save what it
    returns (`tool.complete_registration`). Raises `LibraryError`, `AssertionError`,
    `requests.RequestException` or whatever the tool raises."""
    return _DynamicRegistration(tool).register()


# --- What we override and read: checked against the installed library ---------------------------
# (library class, method) -> the parameter names our code calls or overrides it with.
_LAUNCH = "request tool_config session_service cookie_service launch_data_storage requests_session"
_LAUNCH_STEPS = (
    "validate validate_state validate_jwt_format validate_registration validate_jwt_signature "
    "validate_nonce validate_deployment validate_message save_launch_data get_client_id "
    "get_launch_id get_launch_data _get_id_token"
)
_ML, _TC, _SC, _DR = MessageLaunch, ToolConfAbstract, ServiceConnector, DynamicRegistration
OVERRIDDEN: dict[tuple[type, str], tuple[str, ...]] = {
    (owner, name): tuple(parameters.split())
    for owner, name, parameters in [
        (_ML, "__init__", f"self {_LAUNCH} service_connector_cls"),
        (_ML, "from_cache", f"launch_id {_LAUNCH} service_connector_cls"),
        *[(_ML, name, "self") for name in _LAUNCH_STEPS.split()],
        (_TC, "check_iss_has_one_client", "self iss"),
        (_TC, "check_iss_has_many_clients", "self iss"),
        (_TC, "find_registration_by_issuer", "self iss args kwargs"),
        (_TC, "find_registration_by_params", "self iss client_id args kwargs"),
        (_TC, "find_deployment", "self iss deployment_id"),
        (_TC, "find_deployment_by_params", "self iss deployment_id client_id args kwargs"),
        (Registration, "get_kid", "self"),
        (_SC, "__init__", "self registration requests_session"),
        (_SC, "_get_cached_access_token", "self scope_key"),
        (_SC, "_cache_access_token", "self scope_key access_token expires_in"),
        (_SC, "get_access_token", "self scopes"),
        (_SC, "make_service_request", "self scopes url is_post data content_type accept "
         "case_insensitive_headers"),
        (_DR, "register", "self"),
        (_DR, "complete_registration", "self openid_configuration openid_registration"),
        *[(_DR, hook, "self") for hook in REGISTRATION_HOOKS],
        (DeepLink, "get_message_jwt", "self resources"),
        (DeepLink, "encode_jwt", "self message"),
    ]
}  # fmt: skip

# Private attributes we read or write, and the library class that sets them.
PRIVATE_ATTRIBUTES: dict[type, tuple[str, ...]] = {
    MessageLaunch: tuple(
        "_request _jwt _registration _session_service _launch_id _validated _restored".split()
    ),
    ServiceConnector: ("_registration",),
}
