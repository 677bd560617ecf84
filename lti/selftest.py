"""The LTI self-test for administrators: is each registration complete and reachable?"""

from __future__ import annotations

from dataclasses import dataclass, field

from lti.keys import jwks
from lti.launch import fetch_jwks
from lti.models import Platform
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


def check_platform(platform: Platform) -> PlatformCheck:
    result = PlatformCheck(platform, scopes=list(platform.granted_scopes))
    if not platform.deployments.exists() and not platform.accept_new_deployments:
        result.problems.append("No deployment id: launches will be refused.")
    try:
        keyset = fetch_jwks(platform.key_set_url, force=True)
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


def tool_checks() -> list[str]:
    return [] if jwks()["keys"] else ["No signing key: run `manage.py lti_keys --generate`."]
