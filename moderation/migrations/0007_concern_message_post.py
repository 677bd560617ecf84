"""A student's concern message points at its moderation record with a real foreign key,
copied from the generic link (content type + object id) that 0008 removes."""

import django.db.models.deletion
from django.db import migrations, models


def link_messages_to_their_posts(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModeratedPost = apps.get_model("moderation", "ModeratedPost")
    ConcernMessage = apps.get_model("moderation", "ConcernMessage")
    kind = ContentType.objects.filter(app_label="moderation", model="concernmessage").first()
    if kind is None:
        return
    linked = ModeratedPost.objects.filter(content_type=kind, object_id__isnull=False)
    for post_id, message_id in linked.values_list("pk", "object_id").iterator():
        ConcernMessage.objects.filter(pk=message_id).update(post_id=post_id)


def link_posts_to_their_messages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModeratedPost = apps.get_model("moderation", "ModeratedPost")
    ConcernMessage = apps.get_model("moderation", "ConcernMessage")
    kind, _ = ContentType.objects.get_or_create(app_label="moderation", model="concernmessage")
    for message_id, post_id in ConcernMessage.objects.exclude(post=None).values_list(
        "pk", "post_id"
    ):
        ModeratedPost.objects.filter(pk=post_id).update(content_type=kind, object_id=message_id)


def constraints_now(apps, schema_editor):
    """Going back, PostgreSQL must check the rows just rewritten before the next step alters a
    table they point at ("pending trigger events"); other databases check at once anyway."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("moderation", "0006_integration_required"),
    ]

    operations = [
        migrations.AddField(
            model_name="concernmessage",
            name="post",
            field=models.OneToOneField(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="concern_message",
                to="moderation.moderatedpost",
            ),
        ),
        migrations.RunPython(migrations.RunPython.noop, constraints_now),
        migrations.RunPython(link_messages_to_their_posts, link_posts_to_their_messages),
    ]
