"""API keys belong to an integration, and an integration's external ids are its own.

Existing keys and existing API posts did not record whose they were: they all go to one
integration named "Integration (before 0005)", which behaves exactly as the single shared
namespace did. Staff can rename it, tie it to a platform, or make new integrations for new keys.
"""

import django.db.models.deletion
from django.db import migrations, models

DEFAULT_INTEGRATION = "Integration (before 0005)"


def give_existing_rows_an_integration(apps, schema_editor):
    Integration = apps.get_model("moderation", "Integration")
    ApiKey = apps.get_model("moderation", "ApiKey")
    ModeratedPost = apps.get_model("moderation", "ModeratedPost")
    api_posts = ModeratedPost.objects.filter(source="api")
    if not ApiKey.objects.exists() and not api_posts.exists():
        return
    default, _ = Integration.objects.get_or_create(name=DEFAULT_INTEGRATION)
    ApiKey.objects.filter(integration=None).update(integration=default)
    api_posts.filter(integration=None).update(integration=default)


class Migration(migrations.Migration):
    dependencies = [
        ("lti", "0002_platforms_keys_outbox"),
        ("moderation", "0004_moderatedpost_target"),
    ]

    operations = [
        migrations.CreateModel(
            name="Integration",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=200, unique=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "platform",
                    models.ForeignKey(
                        blank=True,
                        help_text=(
                            "The LMS whose LTI user ids (sub) this integration sends as "
                            "author_ref. Only then do a student's subject access and erasure "
                            "include its posts."
                        ),
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="lti.platform",
                    ),
                ),
            ],
            options={"ordering": ["name"]},
        ),
        migrations.AddField(
            model_name="apikey",
            name="integration",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="keys",
                to="moderation.integration",
            ),
        ),
        migrations.AddField(
            model_name="moderatedpost",
            name="integration",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="posts",
                to="moderation.integration",
            ),
        ),
        migrations.RunPython(give_existing_rows_an_integration, migrations.RunPython.noop),
    ]
