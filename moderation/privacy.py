"""Data protection: retention, subject access and erasure of what moderation keeps.

Retention (`purge_expired`, daily): concerns, flags and posts older than their configured
number of days are deleted. A post older than its retention whose flag is still kept loses its
words (text, HTML and the matched words) but keeps its row, so the case stays readable as
"keyword, definition, outcome". Audit entries stay: they hold who did what, never text.

Subject access (`export_student_data`) and erasure (`erase_student_data`) cover one student:
their moderated posts (also those an integration sent under their LTI `sub`), flags about them,
concerns they raised under their name, their lesson discussion posts and reflections, and the
name and e-mail the LMS gave us. Anonymous concerns cannot be found by design. The account, its
LTI (issuer, sub), course memberships and lesson progress stay: the LMS owns them and would
recreate them at the next launch; the school removes the student there.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from moderation import audit
from moderation.models import (
    Concern,
    Flag,
    FlagMatch,
    ModeratedPost,
    ModerationSettings,
)

REMOVED_POST_TEXT = "This post was removed."


# --- Retention ----------------------------------------------------------------------------


@transaction.atomic
def purge_expired(now: datetime | None = None) -> dict[str, int]:
    """Delete what is past its retention; returns counts by kind."""
    now = now or timezone.now()
    settings = ModerationSettings.load()
    counts = {"concerns": 0, "flags": 0, "posts": 0, "posts_emptied": 0}

    old_concerns = Concern.objects.filter(
        created_at__lt=now - timedelta(days=settings.concern_retention_days)
    )
    concern_posts = list(old_concerns.exclude(post=None).values_list("post_id", flat=True))
    counts["concerns"] = _count(old_concerns.delete())
    ModeratedPost.objects.filter(pk__in=concern_posts).delete()

    old_flags = Flag.objects.filter(
        created_at__lt=now - timedelta(days=settings.flag_retention_days)
    )
    counts["flags"] = old_flags.count()
    old_flags.delete()

    old_posts = ModeratedPost.objects.filter(
        created_at__lt=now - timedelta(days=settings.post_retention_days)
    ).exclude(concern__isnull=False)  # a concern's retention governs its post
    still_needed = old_posts.filter(Q(flags__isnull=False) | Q(pattern_flags__isnull=False))
    needed_ids = set(still_needed.values_list("pk", flat=True))
    counts["posts"] = old_posts.exclude(pk__in=needed_ids).count()
    old_posts.exclude(pk__in=needed_ids).delete()
    emptied = ModeratedPost.objects.filter(pk__in=needed_ids).exclude(text="", html="")
    counts["posts_emptied"] = emptied.update(text="", html="")
    FlagMatch.objects.filter(flag__post_id__in=needed_ids).exclude(matched_text="").update(
        matched_text=""
    )
    if any(counts.values()):
        audit.record(None, "retention.purged", None, **counts)
    return counts


def _count(deleted: tuple[int, dict[str, int]]) -> int:
    return deleted[1].get(Concern._meta.label, 0)


# --- Subject access and erasure -----------------------------------------------------------


def _subs(user: Any) -> list[str]:
    identity = getattr(user, "lti_identity", None)
    return [identity.sub] if identity is not None else []


def student_posts(user: Any) -> QuerySet[ModeratedPost]:
    query = Q(author=user)
    subs = _subs(user)
    if subs:
        query |= Q(author_ref__in=subs)
    return ModeratedPost.objects.filter(query)


def student_flags(user: Any) -> QuerySet[Flag]:
    return Flag.objects.filter(Q(student=user) | Q(post__in=student_posts(user))).distinct()


def _named_concerns(user: Any) -> QuerySet[Concern]:
    return Concern.objects.filter(reporter=user, anonymous=False)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_student_data(user: Any) -> dict[str, Any]:
    """Everything moderation (and the lesson flow's free text) holds about one student."""
    from curriculum.models import DiscussionPost, Reflection

    identity = getattr(user, "lti_identity", None)
    posts = student_posts(user).select_related("course").order_by("created_at", "pk")
    flags = (
        student_flags(user)
        .prefetch_related("matches", "related_posts")
        .order_by("created_at", "pk")
    )
    return {
        "generated_at": timezone.now().isoformat(),
        "student": {
            "id": user.pk,
            "username": user.get_username(),
            "lti_identity": (
                {
                    "issuer": identity.issuer,
                    "sub": identity.sub,
                    "name": identity.name,
                    "email": identity.email,
                }
                if identity is not None
                else None
            ),
        },
        "moderated_posts": [
            {
                "id": post.pk,
                "source": post.source,
                "status": post.status,
                "text": post.text,
                "course": str(post.course) if post.course else post.course_ref,
                "external_source": post.external_source,
                "external_id": post.external_id,
                "created_at": _iso(post.created_at),
            }
            for post in posts
        ],
        "flags": [
            {
                "id": flag.pk,
                "post_id": flag.post_id,
                "pattern_of_posts": [p.pk for p in flag.related_posts.all()],
                "category": flag.category,
                "severity": flag.get_severity_display(),
                "status": flag.status,
                "outcome": flag.outcome,
                "created_at": _iso(flag.created_at),
                "resolved_at": _iso(flag.resolved_at),
                "matches": [
                    {
                        "keyword": match.term,
                        "category": match.category,
                        "severity": match.get_severity_display(),
                        "definition": match.definition,
                        "start": match.start,
                        "end": match.end,
                        "words": match.matched_text,
                        "false_positive": match.false_positive,
                    }
                    for match in flag.matches.all()
                ],
            }
            for flag in flags
        ],
        "concerns": [
            {
                "id": concern.pk,
                "category": concern.category,
                "about": concern.about,
                "status": concern.status,
                "trusted_adult": concern.trusted_adult.display_name,
                "created_at": _iso(concern.created_at),
                "messages": [
                    {
                        "from_staff": message.from_staff,
                        "text": message.text,
                        "created_at": _iso(message.created_at),
                    }
                    for message in concern.messages.all()
                ],
            }
            for concern in _named_concerns(user).select_related("trusted_adult")
        ],
        "discussion_posts": [
            {
                "id": post.pk,
                "course": str(post.course),
                "lesson": post.lesson.title,
                "text": post.text,
                "status": post.status,
                "created_at": _iso(post.created_at),
            }
            for post in DiscussionPost.objects.filter(author=user).select_related(
                "course", "lesson"
            )
        ],
        "reflections": [
            {
                "id": reflection.pk,
                "lesson": reflection.progress.resource_link.lesson.title,
                "text": reflection.text,
                "updated_at": _iso(reflection.updated_at),
            }
            for reflection in Reflection.objects.filter(progress__user=user).select_related(
                "progress__resource_link__lesson"
            )
        ],
        "not_included": (
            "Staff case notes and who was notified are safeguarding records about the student, "
            "not data the student provided; the school's data protection lead decides on them "
            "case by case. Anonymous concerns are not linked to anyone and cannot be found."
        ),
    }


@transaction.atomic
def erase_student_data(user: Any, actor: Any = None) -> dict[str, int]:
    """Delete everything `export_student_data` returns but the account and its LTI identity
    (whose name and e-mail are blanked). Returns counts by kind."""
    from curriculum.models import DiscussionPost, Reflection
    from lti.models import LtiIdentity

    counts: dict[str, int] = {}
    concerns = _named_concerns(user)
    concern_posts = list(concerns.exclude(post=None).values_list("post_id", flat=True))
    counts["concerns"] = concerns.count()
    concerns.delete()
    ModeratedPost.objects.filter(pk__in=concern_posts).delete()

    flags = Flag.objects.filter(pk__in=list(student_flags(user).values_list("pk", flat=True)))
    counts["flags"] = flags.count()
    flags.delete()
    posts = ModeratedPost.objects.filter(
        pk__in=list(student_posts(user).values_list("pk", flat=True))
    )
    counts["moderated_posts"] = posts.count()
    posts.delete()

    # A post classmates replied to keeps its place in the thread, without its words.
    own = DiscussionPost.objects.filter(author=user)
    others = DiscussionPost.objects.exclude(author=user)
    answered = own.filter(replies__in=others).distinct()
    answered_ids = list(answered.values_list("pk", flat=True))
    counts["discussion_posts_emptied"] = DiscussionPost.objects.filter(pk__in=answered_ids).update(
        text=REMOVED_POST_TEXT, moderation_message=""
    )
    removable = own.exclude(pk__in=answered_ids)
    counts["discussion_posts"] = removable.count()
    removable.delete()
    reflections = Reflection.objects.filter(progress__user=user)
    counts["reflections"] = reflections.count()
    reflections.delete()
    LtiIdentity.objects.filter(user=user).update(name="", email="")
    user_model_fields = {f.name for f in user._meta.get_fields()}
    blank = {name: "" for name in ("first_name", "last_name", "email") if name in user_model_fields}
    if blank:
        type(user).objects.filter(pk=user.pk).update(**blank)
    audit.record(actor, "student.erased", None, student=user.pk, **counts)
    return counts
