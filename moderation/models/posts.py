"""A student's post as moderation keeps it, and what its author is told."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext, gettext_noop

from moderation.models.choices import Severity

# English where they are data (the API's outcome); the author reads them in their language.
HELD_MESSAGE = gettext_noop("Your post is waiting for a member of staff to read it.")
REMOVED_MESSAGE = gettext_noop("Your post was removed by a member of staff.")


class ModeratedPost(models.Model):
    """Any student-written text that was scanned, wherever it came from."""

    class Source(models.TextChoices):
        DISCUSSION = "discussion", "Lesson discussion"
        REFLECTION = "reflection", "Reflection"
        CONCERN = "concern", "Concern"
        API = "api", "Integration"

    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        HELD = "held", "Held for staff"
        REMOVED = "removed", "Removed by staff"

    source = models.CharField(max_length=12, choices=Source.choices)
    # author, course and target are indexed in Meta, for their rows only: see there.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    # Integrations name people and courses in their own terms; we keep their references as given.
    author_ref = models.CharField(max_length=255, blank=True)
    course = models.ForeignKey(
        "lti.Course",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    # Whom a reply answers: several students' flagged replies to one classmate form a pattern.
    target = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    course_ref = models.CharField(max_length=255, blank=True)
    # Whose namespace external_source/external_id are in: another integration's key can never
    # claim (or read) this post's ids. Empty for posts made here (lessons, concerns).
    integration = models.ForeignKey(
        "Integration", null=True, blank=True, on_delete=models.PROTECT, related_name="posts"
    )
    external_source = models.CharField(max_length=100, blank=True)
    external_id = models.CharField(max_length=255, blank=True)
    text = models.TextField(help_text="What a person sees: sanitised plain text.")
    html = models.TextField(blank=True, help_text="Sanitised HTML, when the post came as HTML.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    highest_severity = models.PositiveSmallIntegerField(
        choices=Severity.choices, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["integration", "external_source", "external_id"],
                condition=~models.Q(external_id=""),
                name="moderated_post_external_unique",
            ),
            # NULLs are distinct in a unique index: posts sent with ids but no integration
            # (code calling record_post directly) need their own constraint.
            models.UniqueConstraint(
                fields=["external_source", "external_id"],
                condition=~models.Q(external_id="") & models.Q(integration__isnull=True),
                name="moderated_post_external_unique_no_integration",
            ),
        ]
        # Most posts come from integrations, with no author, course or target of ours: every
        # index here is written at each insert, so these hold only the rows that have one (an
        # index of every row held mostly NULLs nothing looks up). Each query that reads them
        # names a value (`author_id = 5` implies NOT NULL, as the planner knows): a student's
        # posts, a pattern against a target, and the foreign keys' checks and SET NULL when a
        # user or course is deleted. (author, created_at) also serves lookups by author
        # alone, so author has no index of its own.
        indexes = [
            models.Index(
                fields=["author", "created_at"],
                name="moderated_post_author_idx",
                condition=models.Q(author__isnull=False),
            ),
            models.Index(
                fields=["course"],
                name="moderated_post_course_idx",
                condition=models.Q(course__isnull=False),
            ),
            models.Index(
                fields=["target"],
                name="moderated_post_target_idx",
                condition=models.Q(target__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_source_display()} post {self.pk}"

    @property
    def shown_to_others(self) -> bool:
        """Whether anyone but its author and staff may read it. Whatever shows a post (a lesson
        discussion, a reflection) points at this record and reads this, never a copy of it."""
        return self.status == self.Status.PUBLISHED

    @property
    def author_notice(self) -> str:
        """What the author reads beside a post others cannot see, or "" when it is shown."""
        notice = AUTHOR_NOTICES.get(self.status, "")
        return gettext(notice) if notice else ""


AUTHOR_NOTICES = {
    ModeratedPost.Status.HELD: HELD_MESSAGE,
    ModeratedPost.Status.REMOVED: REMOVED_MESSAGE,
}
