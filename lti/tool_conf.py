"""pylti1p3 adapters: registrations from the database, cache-backed launch data, HTTP through
the checked outbound session, and service tokens cached until they expire, sent only to the
origins the platform's registration names."""

from __future__ import annotations

import hashlib
import logging
import typing as t

from django.conf import settings
from django.core.cache import cache
from pylti1p3.contrib.django import DjangoCacheDataStorage
from pylti1p3.deployment import Deployment
from pylti1p3.registration import Registration
from pylti1p3.service_connector import ServiceConnector
from pylti1p3.tool_config.abstract import ToolConfAbstract

from lti.keys import public_pem_for, signing_key
from lti.models import Platform
from lti.outbound import OutboundSession, UnsafeUrl, origin_of

logger = logging.getLogger("lti.security")


class UnknownPlatform(Exception):
    """No active registration for this issuer and client id."""


# The name registration, launch and the token connector have always imported: every outbound
# call goes through the checked session (see lti/outbound.py).
TimeoutSession = OutboundSession


class ForeignServiceUrl(UnsafeUrl):
    """A service URL (AGS, NRPS) outside every origin the platform's registration names."""


def check_service_url(platform: Platform, url: str) -> None:
    """Raise `ForeignServiceUrl` unless `url`'s origin is one the registration names: the
    access token for this platform goes there and nowhere else."""
    try:
        origin = str(origin_of(url))
    except UnsafeUrl as exc:
        raise ForeignServiceUrl("The LMS named a service address that is not valid.") from exc
    if origin not in platform.web_origins():
        raise ForeignServiceUrl(
            "The LMS named a service address outside its registration; nothing was sent."
        )


def service_url_to_keep(platform: Platform, url: str) -> str:
    """What a launch may store as an AGS or NRPS endpoint: `url` when its origin is one the
    registration names, else "" (logged), so the launch still works without that service."""
    if not url:
        return ""
    try:
        check_service_url(platform, url)
    except ForeignServiceUrl:
        logger.warning("Service URL %r from platform %s is outside its origins", url, platform.pk)
        return ""
    return url


class ToolRegistration(Registration):
    """A pylti1p3 registration that signs with the tool's current key and names its kid."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        key = signing_key()
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


def find_platform(issuer: str, client_id: str | None) -> Platform:
    platforms = Platform.objects.filter(issuer=issuer, is_active=True)
    if client_id:
        platforms = platforms.filter(client_id=client_id)
    found = list(platforms[:2])
    # Without a client id (some login initiations omit it) the issuer must be unambiguous.
    if len(found) != 1:
        raise UnknownPlatform(
            f"No single active registration for iss={issuer!r} client_id={client_id!r}"
        )
    return found[0]


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
        # A token is dropped a little early so that it never expires on its way to the LMS.
        lifetime = int(float(expires_in or 0)) - settings.LTI_TOKEN_EXPIRY_MARGIN_SECONDS
        if lifetime > 0:
            cache.set(self._cache_key(scope_key), access_token, lifetime)

    def make_service_request(self, scopes, url, *args, **kwargs):  # type: ignore[override]
        # Checked before the token is fetched: a foreign host gets neither token nor data.
        check_service_url(self._registration.platform, url)
        return super().make_service_request(scopes, url, *args, **kwargs)

    def post_json(self, scopes: t.Sequence[str], url: str, body: str, content_type: str) -> dict:
        return self.make_service_request(
            scopes, url, is_post=True, data=body, content_type=content_type
        )

    def get_json(self, scopes: t.Sequence[str], url: str, accept: str) -> dict:
        return self.make_service_request(scopes, url, accept=accept)


def connector_for(platform: Platform) -> CachedTokenConnector:
    return CachedTokenConnector(ToolRegistration(platform))
