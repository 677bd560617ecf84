"""The tool's private keys are stored sealed: a database dump or backup alone does not give
anyone the power to sign LTI messages as this tool.

Sealing is Fernet (AES-128-CBC with an HMAC-SHA256) from ``cryptography``. The sealing keys
come from ``LTI_KEY_ENCRYPTION_KEYS`` (Fernet keys, the first one seals, all of them open),
or, when that is empty, are derived from ``SECRET_KEY`` and then ``SECRET_KEY_FALLBACKS``, so
``make demo`` needs no setting and rotating ``SECRET_KEY`` the Django way keeps keys
readable. After rotating, ``manage.py lti_keys --reseal`` seals every key with the new first
key, and the old one may then go.
"""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

SEALED_PREFIX = "fernet:"


class KeyVaultError(Exception):
    """A sealed private key cannot be opened with the keys configured now."""


def _derived(secret: str) -> bytes:
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"upstander lti private keys"
    ).derive(secret.encode())
    return base64.urlsafe_b64encode(key)


def _vault() -> MultiFernet:
    configured = tuple(key.strip() for key in settings.LTI_KEY_ENCRYPTION_KEYS if key.strip())
    secrets = (settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", []))
    return _vault_for(configured, secrets)


@lru_cache(maxsize=4)
def _vault_for(configured: tuple[str, ...], secrets: tuple[str, ...]) -> MultiFernet:
    """Built once per set of keys, not at every launch (the derivation is a hash per key)."""
    if configured:
        try:
            return MultiFernet([Fernet(key) for key in configured])
        except ValueError as error:
            raise KeyVaultError(
                "LTI_KEY_ENCRYPTION_KEYS must be Fernet keys (32 url-safe base64-encoded "
                "bytes each, as Fernet.generate_key() makes them)."
            ) from error
    return MultiFernet([Fernet(_derived(secret)) for secret in secrets])


def is_sealed(stored: str) -> bool:
    return stored.startswith(SEALED_PREFIX)


def seal(private_pem: str) -> str:
    """The PEM, encrypted with the first sealing key, as stored in ``ToolKey.private_key``."""
    return SEALED_PREFIX + _vault().encrypt(private_pem.encode()).decode()


def unseal(stored: str, *, kid: str = "") -> str:
    """The PEM from a stored value. A value from before keys were sealed is returned as it
    is (the migration seals those; ``lti_keys --reseal`` does too)."""
    if not is_sealed(stored):
        return stored
    try:
        return _vault().decrypt(stored[len(SEALED_PREFIX) :].encode()).decode()
    except InvalidToken:
        raise KeyVaultError(
            f"The private key {kid or ''} cannot be opened: it was sealed with a key that is "
            "in neither LTI_KEY_ENCRYPTION_KEYS nor SECRET_KEY / SECRET_KEY_FALLBACKS. Put the "
            "old key back (as the last of LTI_KEY_ENCRYPTION_KEYS or in SECRET_KEY_FALLBACKS)."
        ) from None


def resealed(stored: str, *, kid: str = "") -> str:
    """``stored`` sealed with the first sealing key (opened with any of them)."""
    return seal(unseal(stored, kid=kid))
