"""The tool's private keys are sealed in the database: a stolen dump or backup cannot sign
as the tool, and rotating the secrets never locks the tool out of its own keys."""

from __future__ import annotations

from importlib import import_module
from io import StringIO

import jwt
import pytest
from cryptography.fernet import Fernet
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from lti.key_vault import KeyVaultError, is_sealed, seal
from lti.keys import create_key, public_pem_for
from lti.models import ToolKey
from lti.pylti1p3_adapter import ToolRegistration
from tests.lti.records import platform_by_hand


def _stored_text(key: ToolKey) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT private_key FROM lti_toolkey WHERE id = %s", [key.pk])
        return cursor.fetchone()[0]


def test_a_new_key_is_stored_sealed_and_still_signs(db):
    key = create_key()
    stored = _stored_text(key)
    assert "PRIVATE KEY" not in stored and is_sealed(stored)
    pem = key.private_pem()
    token = jwt.encode({"sub": "x"}, pem, algorithm="RS256")
    assert jwt.decode(token, public_pem_for(pem), algorithms=["RS256"]) == {"sub": "x"}


def test_the_launch_registration_signs_with_the_opened_key(tool_key):
    platform = platform_by_hand("https://lms.example")
    registration = ToolRegistration(platform)
    private_pem = registration.get_tool_private_key()
    assert private_pem.startswith("-----BEGIN PRIVATE KEY-----")
    # The platform's own key set (every platform has one), stored sealed like the tool's.
    own = ToolKey.objects.of_set(platform.tool_key_set).get()
    assert registration.get_kid() == own.kid != tool_key.kid
    assert is_sealed(_stored_text(own))


def test_rotating_secret_key_keeps_keys_readable_through_the_fallbacks(db, settings):
    key = create_key()
    pem = key.private_pem()
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-and-different-secret-key-for-this-test-only-0123456789"
    key.refresh_from_db()
    assert key.private_pem() == pem
    # Resealing moves every key to the new secret; then the old one can go.
    out = StringIO()
    call_command("lti_keys", "--reseal", stdout=out)
    assert "Sealed 1 key(s)" in out.getvalue()
    settings.SECRET_KEY_FALLBACKS = []
    key.refresh_from_db()
    assert key.private_pem() == pem


def test_a_key_sealed_with_a_key_nobody_has_gives_a_clear_error(db, settings):
    key = create_key()
    settings.LTI_KEY_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    key.refresh_from_db()
    with pytest.raises(KeyVaultError, match="LTI_KEY_ENCRYPTION_KEYS"):
        key.private_pem()


def test_explicit_sealing_keys_take_over_and_old_ones_still_open(db, settings):
    old_key = Fernet.generate_key().decode()
    settings.LTI_KEY_ENCRYPTION_KEYS = [old_key]
    key = create_key()
    pem = key.private_pem()
    settings.LTI_KEY_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), old_key]
    key.refresh_from_db()
    assert key.private_pem() == pem


def test_a_malformed_sealing_key_setting_says_what_a_key_looks_like(db, settings):
    settings.LTI_KEY_ENCRYPTION_KEYS = ["not-a-fernet-key"]
    with pytest.raises(KeyVaultError, match="Fernet"):
        seal("x")


def test_the_migration_seals_keys_stored_in_the_clear_and_can_open_them_again(db):
    from lti.keys import _new_rsa_pem, public_jwk_for

    pem = _new_rsa_pem()
    jwk = public_jwk_for(pem)
    legacy = ToolKey.objects.create(
        kid=jwk["kid"], private_key=pem, public_jwk=jwk, active_from="2026-01-01T00:00Z"
    )
    migration = import_module("lti.migrations.0003_seal_private_keys")
    migration.seal_plain_keys(apps, None)
    assert is_sealed(_stored_text(legacy))
    legacy.refresh_from_db()
    assert legacy.private_pem() == pem
    migration.open_sealed_keys(apps, None)
    assert _stored_text(legacy) == pem
