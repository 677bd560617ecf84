"""The LTI self-test for administrators: is each registration complete and reachable?"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings

from lti.keys import jwks
from lti.launch import fetch_jwks
from lti.models import Platform
from lti.outbound import outbound_deadline
from lti.pylti1p3_adapter import services_for

AGS_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"


@dataclass
class PlatformCheck:
    platform: Platform
    problems: list[str] = field(default_factory=list)
    jwks_ok: bool = False
    token_ok: bool = False
    scopes: list[str] = field(default_factory=list)
    addresses: object = None  # lti.addresses.ToolAddresses, set by the page that shows it


def check_platform(platform: Platform) -> PlatformCheck:
    result = PlatformCheck(platform, scopes=list(platform.granted_scopes))
    if not platform.deployments.exists() and not platform.accept_new_deployments:
        result.problems.append("No deployment id: launches will be refused.")
    # Its key set and a token within a launch's deadline (a prompt LMS answers both in well under
    # a second): a platform that trickles them would otherwise hold the lead's page for two
    # whole exchange timeouts (LTI_HTTP_TIMEOUT_SECONDS each).
    with outbound_deadline(settings.LTI_LAUNCH_DEADLINE_SECONDS):
        try:
            keyset = fetch_jwks(platform.key_set_url, force=True, ask_again=True)
            result.jwks_ok = bool(keyset["keys"])
            if not result.jwks_ok:
                result.problems.append("The platform's JWKS has no keys.")
        except Exception as exc:  # noqa: BLE001 - reported on the page
            result.problems.append(f"JWKS unreachable: {getattr(exc, 'message', exc)}")
        try:
            services_for(platform).access_token([AGS_SCORE])
            result.token_ok = True
        except Exception as exc:  # noqa: BLE001 - reported on the page
            result.problems.append(f"Token endpoint refused a grade token: {exc}")
    return result


NOT_CHECKED = (
    "Not checked this time: the LMSs above took too long to answer. Open the page again, or "
    "switch off an LMS that never answers."
)


def check_platforms(platforms: Iterable[Platform]) -> list[PlatformCheck]:
    """Each platform checked in turn while the page's time lasts (twice a service call's
    deadline, plus the one check under way: 20 s at most with the defaults, inside a web
    worker's 30), however many LMSs trickle; the ones after that say they were not checked."""
    until = time.monotonic() + 2 * settings.LTI_SERVICE_DEADLINE_SECONDS
    checks = []
    for platform in platforms:
        if time.monotonic() < until:
            checks.append(check_platform(platform))
        else:
            checks.append(
                PlatformCheck(platform, [NOT_CHECKED], scopes=list(platform.granted_scopes))
            )
    return checks


def tool_checks() -> list[str]:
    return [] if jwks()["keys"] else ["No signing key: run `manage.py lti_keys --generate`."]
