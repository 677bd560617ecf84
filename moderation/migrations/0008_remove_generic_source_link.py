"""The generic link from a moderation record to whatever shows it goes: lesson posts and
reflections (curriculum 0006, which runs before this) and concern messages (0007) point at
their record with real foreign keys now, and moderation no longer knows their models."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("moderation", "0007_concern_message_post")]

    operations = [
        migrations.RemoveField(model_name="moderatedpost", name="content_type"),
        migrations.RemoveField(model_name="moderatedpost", name="object_id"),
    ]
