"""Which platform a request names, and where its service calls may go: our own rules, which the
pylti1p3 adapter (lti/pylti1p3_adapter.py) applies to the library's registrations, tool
configuration and service connector."""

from __future__ import annotations

import logging

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


# The columns that keep service URLs (Course.memberships_url and lineitems_url,
# ResourceLink.line_item_url) hold this many characters; PostgreSQL refuses a longer value (a
# 500 for the whole launch) and SQLite keeps it whole.
SERVICE_URL_MAX_LENGTH = 500


def service_url_to_keep(platform: Platform, url: str) -> str:
    """What a launch may store as an AGS or NRPS endpoint: `url` when its origin is one the
    registration names and it fits its column, else "" (logged), so the launch still works
    without that service."""
    if not url:
        return ""
    if len(url) > SERVICE_URL_MAX_LENGTH:
        logger.warning(
            "Service URL of %s characters from platform %s is too long to keep",
            len(url),
            platform.pk,
        )
        return ""
    try:
        check_service_url(platform, url)
    except ForeignServiceUrl:
        logger.warning("Service URL %r from platform %s is outside its origins", url, platform.pk)
        return ""
    return url


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
