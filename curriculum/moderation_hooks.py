"""What curriculum tells moderation through `moderation.hooks`, registered in
`CurriculumConfig.ready`: the lesson flow's copies of students' words (discussion posts and
reflections) for subject access, erasure and retention, and the lessons of a strand for trends.

Moderation decides when (a student's request, the daily purge); this module knows where the
words are. A discussion post that others' replies answer keeps its place in the thread, with
`REMOVED_TEXT` in place of its words, so the replies keep their context.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import get_language

from curriculum.help_contacts import EN, ES, SELF_HARM, help_panel
from curriculum.models import (
    DiscussionPost,
    HelpContactSettings,
    LessonPage,
    Reflection,
    UnitPage,
)
from curriculum.models.progress import REMOVED_TEXT
from moderation.hooks import LessonSuggestion, StudentHelp


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _empty(posts: QuerySet[DiscussionPost]) -> int:
    """Keep these posts' places without their words; their moderation records go next."""
    return posts.exclude(text=REMOVED_TEXT, moderated_post=None).update(
        text=REMOVED_TEXT, moderated_post=None
    )


class LessonTexts:
    """Discussion posts and reflections: the lesson flow's copies of students' words."""

    def export_for(self, user: Any) -> dict[str, list[dict[str, Any]]]:
        posts = DiscussionPost.objects.filter(author=user).select_related(
            "course", "lesson", "moderated_post"
        )
        reflections = Reflection.objects.filter(progress__user=user).select_related(
            "progress__resource_link__lesson_link__lesson"
        )
        return {
            "discussion_posts": [
                {
                    "id": post.pk,
                    "course": str(post.course),
                    "lesson": post.lesson.title,
                    "text": post.text,
                    "status": post.status,
                    "created_at": _iso(post.created_at),
                }
                for post in posts
            ],
            "reflections": [
                {
                    "id": reflection.pk,
                    "lesson": reflection.progress.resource_link.lesson_link.lesson.title,
                    "text": reflection.text,
                    "updated_at": _iso(reflection.updated_at),
                }
                for reflection in reflections
            ],
        }

    def erase_for(self, user: Any) -> dict[str, int]:
        # A post classmates replied to keeps its place in the thread, without its words.
        own = DiscussionPost.objects.filter(author=user)
        answered = list(
            own.filter(replies__in=DiscussionPost.objects.exclude(author=user))
            .distinct()
            .values_list("pk", flat=True)
        )
        emptied = DiscussionPost.objects.filter(pk__in=answered)
        counts = {"discussion_posts_emptied": emptied.count()}
        _empty(emptied)
        removable = own.exclude(pk__in=answered)
        counts["discussion_posts"] = removable.count()
        removable.delete()
        reflections = Reflection.objects.filter(progress__user=user)
        counts["reflections"] = reflections.count()
        reflections.delete()
        return counts

    def purge_before(self, cutoff: datetime) -> dict[str, int]:
        old = DiscussionPost.objects.filter(created_at__lt=cutoff)
        # Deleting a post deletes its replies: one that a kept reply answers (however far down
        # the thread) stays, without its words.
        answered = set(old.filter(replies__created_at__gte=cutoff).values_list("pk", flat=True))
        while True:
            above = set(old.filter(replies__in=answered).values_list("pk", flat=True)) - answered
            if not above:
                break
            answered |= above
        emptied = _empty(old.filter(pk__in=answered))
        gone = old.exclude(pk__in=answered)
        deleted = gone.count()
        gone.delete()
        reflections = Reflection.objects.filter(updated_at__lt=cutoff)
        deleted_reflections = reflections.count()
        reflections.delete()
        return {
            "discussion_posts": deleted,
            "discussion_posts_emptied": emptied,
            "reflections": deleted_reflections,
        }


class StrandLessons:
    """The live lessons of the units teaching each strand, for trends' suggestions."""

    def lessons_in_strands(self, strands: set[str]) -> dict[str, list[LessonSuggestion]]:
        units = list(UnitPage.objects.live().filter(strand__in=strands))
        if not units:
            return {}
        by_strand: dict[str, list[LessonSuggestion]] = {u.strand: [] for u in units}
        lessons = LessonPage.objects.none()
        for unit in units:
            lessons = lessons | LessonPage.objects.child_of(unit)
        for lesson in lessons.live().order_by("path"):
            unit = next(u for u in units if lesson.path.startswith(u.path))
            by_strand[unit.strand].append(
                LessonSuggestion(
                    title=lesson.title,
                    strand=unit.strand,
                    strand_title=unit.title,
                    url=lesson.url or "",
                )
            )
        return by_strand


class SchoolHelpContacts:
    """The default site's confirmed help contacts for self-harm, as plain lines for the
    message a student sees at once after a self-harm match (and on the concern form's 'not sent
    yet' page). Moderation has no request, so the school is the default site's."""

    def student_help(self) -> StudentHelp:
        choice = _default_sites_choice()  # one site and settings lookup per message
        if choice is None:
            return StudentHelp()
        # In the language the student is reading (a Spanish concern form, a Spanish LMS).
        language = ES if (get_language() or "").startswith(ES) else EN
        panel = help_panel(choice, topics=[SELF_HARM], language=language)
        lines = [f"{c.name}: {c.reach}. {c.about}" for c in panel.contacts]
        if panel.school_contact:
            lines.insert(0, f"{panel.texts['school']} {panel.school_contact}")
        return StudentHelp(tuple(lines), (choice.emergency_number or "").strip())


def _default_sites_choice() -> HelpContactSettings | None:
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return HelpContactSettings.for_site(site) if site is not None else None


def register() -> None:
    from moderation import hooks

    hooks.register_student_texts("curriculum", LessonTexts())
    hooks.register_lesson_finder("curriculum", StrandLessons())
    hooks.register_help_contacts("curriculum", SchoolHelpContacts())
