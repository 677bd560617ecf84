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
    """A key set of its own, with one key that signs at once: for a platform registering
    itself, so that nothing signed for it is trusted by any other LMS (lti.registration)."""
    key_set = secrets.token_urlsafe(24)
    create_key(key_set=key_set)
    return key_set


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
