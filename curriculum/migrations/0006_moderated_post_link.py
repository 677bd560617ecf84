"""Discussion posts and reflections point at their moderation record with a real foreign key.

Every row is linked to the record the generic link (moderation's content type + object id)
names. A row that shows as held or removed but has no record gets one with that status, so
nothing hidden becomes visible; 0007 then drops the copied status columns, and moderation's
0008 (which runs after this) drops the generic link.
"""

from django.db import migrations, models

import curriculum.models.progress

HELD_MESSAGE = "Your post is waiting for a member of staff to read it."
REMOVED_MESSAGE = "Your post was removed by a member of staff."


def _linked(apps, model_name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModeratedPost = apps.get_model("moderation", "ModeratedPost")
    kind = ContentType.objects.filter(app_label="curriculum", model=model_name).first()
    if kind is None:
        return []
    return ModeratedPost.objects.filter(content_type=kind, object_id__isnull=False).values_list(
        "pk", "object_id"
    )


def _hidden_status(message):
    return "removed" if message == REMOVED_MESSAGE else "held"


def link_to_moderation_records(apps, schema_editor):
    ModeratedPost = apps.get_model("moderation", "ModeratedPost")
    DiscussionPost = apps.get_model("curriculum", "DiscussionPost")
    Reflection = apps.get_model("curriculum", "Reflection")
    for post_id, object_id in _linked(apps, "discussionpost"):
        DiscussionPost.objects.filter(pk=object_id).update(moderated_post_id=post_id)
    for post_id, object_id in _linked(apps, "reflection"):
        Reflection.objects.filter(pk=object_id).update(moderated_post_id=post_id)
    # Hidden rows without a record (made before moderation linked them) keep being hidden.
    for post in DiscussionPost.objects.filter(moderated_post=None, status="held").iterator():
        record = ModeratedPost.objects.create(
            source="discussion",
            author_id=post.author_id,
            course_id=post.course_id,
            text=post.text,
            status=_hidden_status(post.moderation_message),
        )
        DiscussionPost.objects.filter(pk=post.pk).update(moderated_post=record)
    hidden = Reflection.objects.filter(moderated_post=None, visible=False)
    for reflection in hidden.select_related("progress__resource_link").iterator():
        record = ModeratedPost.objects.create(
            source="reflection",
            author_id=reflection.progress.user_id,
            course_id=reflection.progress.resource_link.course_id,
            text=reflection.text,
            status=_hidden_status(reflection.moderation_message),
        )
        Reflection.objects.filter(pk=reflection.pk).update(moderated_post=record)


def copy_status_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModeratedPost = apps.get_model("moderation", "ModeratedPost")
    messages = {"held": HELD_MESSAGE, "removed": REMOVED_MESSAGE}
    for model_name, hidden in (("discussionpost", {"status": "held"}), ("reflection", {})):
        model = apps.get_model("curriculum", model_name)
        kind, _ = ContentType.objects.get_or_create(app_label="curriculum", model=model_name)
        rows = model.objects.exclude(moderated_post=None).select_related("moderated_post")
        for row in rows.iterator():
            status = row.moderated_post.status
            fields = {"moderation_message": messages.get(status, "")}
            if model_name == "reflection":
                fields["visible"] = status == "published"
            elif status != "published":
                fields.update(hidden)
            model.objects.filter(pk=row.pk).update(**fields)
            ModeratedPost.objects.filter(pk=row.moderated_post_id).update(
                content_type=kind, object_id=row.pk
            )


def constraints_now(apps, schema_editor):
    """Going back, PostgreSQL must check the rows just rewritten before the next step alters a
    table they point at ("pending trigger events"); other databases check at once anyway."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("curriculum", "0005_merge_lesson_link_and_choice_lists"),
        ("moderation", "0007_concern_message_post"),
    ]
    # The generic link this migration reads is dropped by moderation 0008, which must not
    # name curriculum (moderation never depends on it): the order is declared here.
    run_before = [("moderation", "0008_remove_generic_source_link")]

    operations = [
        migrations.AddField(
            model_name="discussionpost",
            name="moderated_post",
            field=models.OneToOneField(
                blank=True,
                help_text="The moderation record of this text: its status says who may read it.",
                null=True,
                on_delete=curriculum.models.progress.keep_without_words,
                related_name="+",
                to="moderation.moderatedpost",
            ),
        ),
        migrations.AddField(
            model_name="reflection",
            name="moderated_post",
            field=models.OneToOneField(
                blank=True,
                help_text="The moderation record of this text: its status says who may read it.",
                null=True,
                on_delete=curriculum.models.progress.keep_without_words,
                related_name="+",
                to="moderation.moderatedpost",
            ),
        ),
        migrations.RunPython(migrations.RunPython.noop, constraints_now),
        migrations.RunPython(link_to_moderation_records, copy_status_back),
    ]
