"""Seal the private keys stored before sealing existed (lti.key_vault)."""

from django.db import migrations


def seal_plain_keys(apps, schema_editor):
    from lti.key_vault import is_sealed, seal

    ToolKey = apps.get_model("lti", "ToolKey")
    for key in ToolKey.objects.all():
        if not is_sealed(key.private_key):
            key.private_key = seal(key.private_key)
            key.save(update_fields=["private_key"])


def open_sealed_keys(apps, schema_editor):
    from lti.key_vault import is_sealed, unseal

    ToolKey = apps.get_model("lti", "ToolKey")
    for key in ToolKey.objects.all():
        if is_sealed(key.private_key):
            key.private_key = unseal(key.private_key, kid=key.kid)
            key.save(update_fields=["private_key"])


class Migration(migrations.Migration):
    dependencies = [("lti", "0002_platforms_keys_outbox")]

    operations = [migrations.RunPython(seal_plain_keys, open_sealed_keys)]
