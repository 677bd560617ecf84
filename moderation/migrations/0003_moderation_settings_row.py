from django.db import migrations


def create_settings(apps, schema_editor):
    # One row from the start, so reading the settings is always a single query.
    apps.get_model("moderation", "ModerationSettings").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("moderation", "0002_apikey_help_text")]

    operations = [migrations.RunPython(create_settings, migrations.RunPython.noop)]
