"""Keep the product object that shows a post (a discussion post, a reflection) in step with
its moderation record: held or removed posts are hidden from everyone but their author."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType

from moderation.models import ModeratedPost

HELD_MESSAGE = "Your post is waiting for a member of staff to read it."
REMOVED_MESSAGE = "Your post was removed by a member of staff."


def attach_source(post: ModeratedPost | int | None, obj: Any) -> None:
    """Link a moderation record to the object that displays its text, and sync visibility."""
    if post is None:
        return
    if not isinstance(post, ModeratedPost):
        post = ModeratedPost.objects.get(pk=post)
    content_type = ContentType.objects.get_for_model(obj)
    # An edited reflection is a new post; the earlier versions keep their flags but no longer
    # decide whether the object is shown (releasing an old version must not show the new one).
    ModeratedPost.objects.filter(content_type=content_type, object_id=obj.pk).exclude(
        pk=post.pk
    ).update(content_type=None, object_id=None)
    post.content_type = content_type
    post.object_id = obj.pk
    post.save(update_fields=["content_type", "object_id"])
    sync_source_visibility(post, obj)


def sync_source_visibility(post: ModeratedPost, obj: Any = None) -> None:
    obj = obj if obj is not None else post.source_object
    if obj is None:
        return
    from curriculum.models.progress import DiscussionPost, PostStatus, Reflection

    visible = post.status == ModeratedPost.Status.PUBLISHED
    message = {
        ModeratedPost.Status.PUBLISHED: "",
        ModeratedPost.Status.HELD: HELD_MESSAGE,
        ModeratedPost.Status.REMOVED: REMOVED_MESSAGE,
    }[ModeratedPost.Status(post.status)]
    if isinstance(obj, DiscussionPost):
        obj.status = PostStatus.VISIBLE if visible else PostStatus.HELD
        obj.moderation_message = message
        obj.save(update_fields=["status", "moderation_message"])
    elif isinstance(obj, Reflection):
        obj.visible = visible
        obj.moderation_message = message
        obj.save(update_fields=["visible", "moderation_message"])
