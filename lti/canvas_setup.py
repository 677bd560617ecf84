"""A Canvas cloud platform started before Canvas gives its client id.

Canvas makes a developer key from a JSON configuration URL, and that JSON names the public key
set (JWKS) URL the key will trust; only then does Canvas show the key's client id. A platform
here has keys of its own from its first save, so the JSON must name its set before its client id
exists: a lead starts the platform first (inactive, "awaiting its client id"), the Canvas
administrator pastes its own JSON URL once, and the lead enters the client id Canvas shows and
switches it on. Nothing is pasted twice, and no Canvas is ever told the tool-wide /lti/jwks/.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError

from lti.models import Platform
from lti.outbound import UnsafeUrl, origin_of, parse_web_url
from lti.registration import may_manage_platforms

logger = logging.getLogger("lti.registration")

# Canvas cloud (Instructure's hosted Canvas): production issuer and the endpoints every school's
# developer key uses (docs/canvas.md, step 3). A self-hosted Canvas edits them before switching on.
CANVAS_CLOUD = {
    "issuer": "https://canvas.instructure.com",
    "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
    "auth_token_url": "https://sso.canvaslms.com/login/oauth2/token",
    "key_set_url": "https://sso.canvaslms.com/api/lti/security/jwks",
}


def school_origin(address: str) -> str:
    """The school's Canvas address as an origin (https://school.instructure.com), or
    `ValidationError` naming the field."""
    address = (address or "").strip()
    try:
        parse_web_url(address)
        return str(origin_of(address))
    except UnsafeUrl as exc:
        raise ValidationError({"canvas_address": str(exc)}) from exc


def start_canvas_platform(user: Any, canvas_address: str) -> Platform:
    """An inactive Canvas cloud platform with keys of its own and no client id yet."""
    if not may_manage_platforms(user):
        raise PermissionDenied("Only safeguarding leads and superusers may add platforms.")
    origin = school_origin(canvas_address)
    platform = Platform(
        name=f"Canvas ({origin_of(origin).host})"[:200],
        client_id="",
        extra_origins=[origin],
        is_active=False,
        **CANVAS_CLOUD,
    )
    try:
        platform.full_clean()
    except ValidationError as exc:
        raise ValidationError({"canvas_address": exc.messages}) from exc
    platform.save()
    logger.info("Canvas platform %s started by user %s for %s", platform.pk, user.pk, origin)
    return platform
