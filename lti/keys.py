"""The tool's signing keys: generate, rotate, publish (JWKS) and pick the one that signs now."""

from __future__ import annotations

import json
import secrets
from datetime import timedelta

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from jwcrypto.jwk import JWK

from lti.key_vault import resealed, seal
from lti.models import ToolKey


class NoSigningKey(Exception):
    """No key is active: run `manage.py lti_keys --generate`."""


def _new_rsa_pem(bits: int = 2048) -> str:
    private = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def public_jwk_for(private_pem: str) -> dict:
    jwk = JWK.from_pem(private_pem.encode())
    public = json.loads(jwk.export_public())
    public.update({"kid": jwk.thumbprint(), "alg": "RS256", "use": "sig"})
    return public


def public_pem_for(private_pem: str) -> str:
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


@transaction.atomic
def create_key(*, activate_in: timedelta = timedelta(0), key_set: str = "") -> ToolKey:
    """Add a key to `key_set` ("" is the tool's own set). With `activate_in`, it is published
    now but signs only later (rotation)."""
    now = timezone.now()
    pem = _new_rsa_pem()
    jwk = public_jwk_for(pem)
    new = ToolKey.objects.create(
        kid=jwk["kid"],
        private_key=seal(pem),
        public_jwk=jwk,
        active_from=now + activate_in,
        key_set=key_set,
    )
    # Older keys of the set stop being published once every token they signed has expired.
    grace = timedelta(seconds=settings.LTI_KEY_RETIRE_AFTER_SECONDS)
    ToolKey.objects.of_set(key_set).exclude(pk=new.pk).filter(expires_at__isnull=True).update(
        expires_at=new.active_from + grace
    )
    return new


def new_key_set() -> str:
    """A key set of its own, with one key that signs at once: every platform gets one (a
    Dynamic Registration before its exchange, one entered by hand when it is saved), so that
    nothing signed for it is trusted by any other LMS (lti.registration, "Whose key signs")."""
    key_set = secrets.token_urlsafe(24)
    create_key(key_set=key_set)
    return key_set


def is_published(key_set: str) -> bool:
    """Whether /lti/jwks/<key_set>/ (and its Canvas JSON) answers: while a platform that is
    switched on holds the set. The tool's own set ("", /lti/jwks/) follows the same rule: it
    answers while a platform configured before every platform had a set of its own still signs
    with it, and 404 once each has been moved (give_own_key_set), switched off or deleted, so
    that no LMS is told to trust keys that sign for nobody. A platform that awaits its client
    id (never one configured before: each new platform has a set of its own) publishes its set
    so that its LMS can be told it first."""
    from django.db.models import Q

    from lti.models import Platform

    # A platform awaiting its client id is published too: its LMS administrator makes the
    # tool's key from its addresses (lti.canvas_setup) before the LMS gives the client id.
    held = Platform.objects.filter(tool_key_set=key_set)
    return held.filter(Q(is_active=True) | Q(client_id="", is_active=False)).exists()


def drop_unheld_key_set(key_set: str) -> int:
    """Delete the keys of `key_set` once no platform holds it (a deleted platform's): nothing
    can be signed with them again, and nobody is told to trust them. How many were deleted."""
    from lti.models import Platform

    if not key_set or Platform.objects.filter(tool_key_set=key_set).exists():
        return 0
    deleted, _ = ToolKey.objects.of_set(key_set).delete()
    return deleted


@transaction.atomic
def give_own_key_set(platform) -> list:
    """Move a platform that signs with the tool's own key (configured before every platform
    had a set of its own) to a new set of its own; the platforms that may share it with it
    (lti.models.Platform.key_set_peers: Canvas cloud's copies of one developer key) move with
    it. From now on its token requests and deep-linking answers are signed only with the new
    set, so its LMS must be told the new JWKS URL. The platforms moved."""
    from lti.models import Platform

    platform = Platform.objects.select_for_update().get(pk=platform.pk)
    if platform.tool_key_set:
        return []
    moving = [platform, *platform.key_set_peers().filter(tool_key_set="")]
    key_set = new_key_set()
    Platform.objects.filter(pk__in=[p.pk for p in moving]).update(tool_key_set=key_set)
    for moved in moving:
        moved.tool_key_set = key_set
    return moving


def key_sets_in_use() -> list[str]:
    """The tool's own set and every set a platform was given."""
    from lti.models import Platform

    given = Platform.objects.exclude(tool_key_set="").values_list("tool_key_set", flat=True)
    return ["", *sorted(set(given))]


def ensure_key() -> tuple[ToolKey, bool]:
    """The tool's current signing key, creating the first one if there is none."""
    key = ToolKey.objects.of_set("").signing().first()
    if key is not None:
        return key, False
    return create_key(), True


def rotate_keys(key_set: str = "") -> ToolKey:
    """Publish a new key in `key_set` now; it starts signing after platforms have had time to
    fetch it."""
    ahead = timedelta(seconds=settings.LTI_KEY_PUBLISH_AHEAD_SECONDS)
    if not ToolKey.objects.of_set(key_set).signing().exists():
        ahead = timedelta(0)
    return create_key(activate_in=ahead, key_set=key_set)


def signing_key(key_set: str = "") -> ToolKey:
    key = ToolKey.objects.of_set(key_set).signing().first()
    if key is None:
        raise NoSigningKey("No LTI signing key: run `manage.py lti_keys --generate`.")
    return key


def jwks(key_set: str = "") -> dict:
    published = ToolKey.objects.of_set(key_set).published().order_by("active_from")
    return {"keys": [key.public_jwk for key in published]}


@transaction.atomic
def reseal_keys() -> int:
    """Seal every stored key with the first sealing key; how many were sealed anew."""
    count = 0
    for key in ToolKey.objects.select_for_update():
        sealed = resealed(key.private_key, kid=key.kid)
        if sealed != key.private_key:
            key.private_key = sealed
            key.save(update_fields=["private_key"])
            count += 1
    return count
