"""What a class wrote, for its teacher: reflections and discussion posts, only the words
released to others (a held post's words never reach these pages), and reflections marked read."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from django.db.models import Case, F, QuerySet, TextField, Value, When
from django.utils import timezone

from curriculum.models import (
    DiscussionPost,
    Reflection,
)
from curriculum.models.progress import shown_to_others
from lti.models import Course, ResourceLink
from upstander.params import database_id


def _released_text(qs: QuerySet, released: Any) -> QuerySet:
    """`teacher_text`: the words only where `released` holds, read in the database, so that a
    held post's words never reach the teacher's pages; the full text is not loaded at all, nor
    the moderation record's (only its status, which says whether the words are released)."""
    words = ("text", "moderated_post__text", "moderated_post__html")
    return (
        qs.select_related("moderated_post")
        .defer(*words)
        .annotate(
            teacher_text=Case(
                When(released, then=F("text")), default=Value(""), output_field=TextField()
            )
        )
    )


def course_reflections(course: Course, lesson: str | None = None) -> list[Reflection]:
    qs = (
        _released_text(Reflection.objects.all(), shown_to_others())
        .filter(progress__resource_link__course=course)
        .select_related(
            "progress__user__lti_identity", "progress__resource_link__lesson_link__lesson"
        )
        .order_by("read_at", "-updated_at")
    )
    lesson_id = database_id(lesson)
    if lesson_id:
        qs = qs.filter(progress__resource_link_id=lesson_id)
    reflections = list(qs)
    for r in reflections:
        r.author_name = _name(r.progress.user)
    return reflections


def course_posts(course: Course, lesson: str | None = None) -> list[dict[str, Any]]:
    """Every post of the course, grouped by lesson and thread; held ones without their words."""
    links = {
        link.lesson_link.lesson_id: link
        for link in ResourceLink.objects.filter(course=course).select_related("lesson_link__lesson")
    }
    qs = (
        _released_text(DiscussionPost.objects.all(), shown_to_others())
        .filter(course=course)
        .select_related("author__lti_identity")
    )
    lesson_id = database_id(lesson)
    if lesson_id:
        link = (
            ResourceLink.objects.filter(course=course, pk=lesson_id)
            .select_related("lesson_link")
            .first()
        )
        qs = qs.filter(lesson_id=link.lesson_link.lesson_id if link else -1)
    replies: dict[int, list[DiscussionPost]] = defaultdict(list)
    roots: dict[int, list[DiscussionPost]] = defaultdict(list)
    for post in qs:
        post.author_name = _name(post.author)
        if post.parent_id:
            replies[post.parent_id].append(post)
        else:
            roots[post.lesson_id].append(post)
    groups = []
    for lesson_pk, posts in roots.items():
        link = links.get(lesson_pk)
        groups.append(
            {
                "title": (link.title or link.lesson_link.lesson.title) if link else "Lesson",
                "threads": [{"post": p, "replies": replies.get(p.pk, [])} for p in posts],
            }
        )
    return groups


def _name(user: Any) -> str:
    identity = getattr(user, "lti_identity", None)
    return (identity.name if identity else "") or user.get_full_name() or user.get_username()


def mark_reflection_read(course: Course, reflection_id: int, now: datetime | None = None) -> bool:
    updated = Reflection.objects.filter(
        pk=reflection_id, progress__resource_link__course=course
    ).update(read_at=now or timezone.now())
    return bool(updated)
