"""What students do in a lesson: progress per step, quiz attempts, reflections, discussion.

Progress belongs to a (user, resource link) pair: the same lesson placed twice in a course, or
in two courses, is two separate pieces of work with two gradebook columns. Discussion threads
belong to (course, lesson), so classmates see each other's posts whichever link they came in by.

Every write that a double click, a back button or a second tab could repeat is made safe by a
constraint: one progress row per pair, one quiz attempt per form token, one post per form token.

Whether a reflection or a discussion post may be shown is decided in one place: the moderation
record it points at (`moderated_post`), whose status staff change when they release or remove
it. A copy without a record (one whose record retention or erasure deleted, which keeps no
words then, or a row made before moderation) is shown.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from moderation.models import ModeratedPost

REMOVED_TEXT = "This post was removed."


def keep_without_words(collector, field, sub_objs, using) -> None:
    """When a copy's moderation record is deleted, the copy keeps its place (replies hang on a
    discussion post) but not the words: nothing the record no longer vouches for is shown."""
    # The words first: both updates select the copies by this foreign key, which the second
    # one clears.
    collector.add_field_update(sub_objs.model._meta.get_field("text"), REMOVED_TEXT, sub_objs)
    collector.add_field_update(field, None, sub_objs)


keep_without_words.lazy_sub_objs = True  # as Django's SET_NULL: rows are updated, not loaded


def shown_to_others(prefix: str = "") -> Q:
    """A query for copies anyone may read: their moderation record is published (or gone)."""
    return Q(**{f"{prefix}moderated_post__isnull": True}) | Q(
        **{f"{prefix}moderated_post__status": ModeratedPost.Status.PUBLISHED}
    )


class ModeratedText(models.Model):
    """A student's words as the lesson shows them, and the moderation record that decides who
    may read them. Lists read `moderated_post` with select_related (its status only)."""

    moderated_post = models.OneToOneField(
        "moderation.ModeratedPost",
        null=True,
        blank=True,
        on_delete=keep_without_words,
        related_name="+",
        help_text="The moderation record of this text: its status says who may read it.",
    )

    class Meta:
        abstract = True

    @property
    def is_shown(self) -> bool:
        post = self.moderated_post
        return post is None or post.shown_to_others

    @property
    def moderation_message(self) -> str:
        """What the author reads beside it while others cannot see it."""
        post = self.moderated_post
        return post.author_notice if post is not None else ""


class ProgressStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    resource_link = models.ForeignKey(
        "lti.ResourceLink", on_delete=models.CASCADE, related_name="progress"
    )
    status = models.CharField(
        max_length=12, choices=ProgressStatus.choices, default=ProgressStatus.IN_PROGRESS
    )
    current_step = models.CharField(
        max_length=20, blank=True, help_text="Where the student resumes."
    )
    steps_done = models.JSONField(default=list, blank=True)
    started_at = models.DateTimeField()
    last_activity_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)
    time_spent_seconds = models.PositiveIntegerField(default=0)
    quiz_attempts_used = models.PositiveSmallIntegerField(default=0)
    quiz_percent = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="The quiz result that counts (best or last, per the lesson).",
    )
    quiz_passed = models.BooleanField(default=False)
    quiz_closed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the quiz closed and its review (the right answers) was shown: the "
        "tries were used up, or the student asked for the answers. No try counts after it.",
    )
    score_given = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    # The score last handed to grade passback, so an unchanged score is not sent twice.
    score_queued = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    score_queued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "resource_link"], name="lesson_progress_unique")
        ]
        verbose_name_plural = "lesson progress"

    def __str__(self) -> str:
        return f"{self.user} · {self.resource_link} · {self.get_status_display()}"


class QuizAttempt(models.Model):
    progress = models.ForeignKey(
        LessonProgress, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    number = models.PositiveSmallIntegerField()
    # The submitted form's token: the same form submitted again is this attempt, not a new one.
    token = models.UUIDField()
    answers = models.JSONField(help_text="The index of the chosen choice, per question.")
    correct_count = models.PositiveSmallIntegerField()
    question_count = models.PositiveSmallIntegerField()
    percent = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    submitted_at = models.DateTimeField()

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["progress", "number"], name="quiz_attempt_number_unique"
            ),
            models.UniqueConstraint(fields=["progress", "token"], name="quiz_attempt_token_unique"),
        ]

    def __str__(self) -> str:
        return f"Try {self.number}: {self.percent}%"


class Reflection(ModeratedText):
    """Private between the student and the course's teachers."""

    progress = models.OneToOneField(
        LessonProgress, on_delete=models.CASCADE, related_name="reflection"
    )
    text = models.TextField()
    # Bumped on every save; a form based on an older revision is stale and is not saved blindly.
    revision = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    read_at = models.DateTimeField(null=True, blank=True, help_text="When a teacher last read it.")

    def __str__(self) -> str:
        return f"Reflection {self.pk} (revision {self.revision})"

    @property
    def visible(self) -> bool:
        """Shown to the teacher (held or removed reflections are not)."""
        return self.is_shown


class PostStatus(models.TextChoices):
    VISIBLE = "visible", "Visible to the class"
    HELD = "held", "Held for staff"


class DiscussionPost(ModeratedText):
    course = models.ForeignKey(
        "lti.Course", on_delete=models.CASCADE, related_name="discussion_posts"
    )
    lesson = models.ForeignKey(
        "curriculum.LessonPage", on_delete=models.CASCADE, related_name="discussion_posts"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_posts"
    )
    text = models.TextField(help_text="Sanitised plain text; templates escape it.")
    token = models.UUIDField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["author", "token"], name="discussion_post_token_unique")
        ]
        indexes = [
            models.Index(fields=["course", "lesson", "created_at"], name="discussion_thread_idx")
        ]

    def __str__(self) -> str:
        return f"Post {self.pk} ({self.get_status_display()})"

    @property
    def status(self) -> str:
        """Visible to the class, or held from it (held or removed by staff), as its moderation
        record says."""
        return PostStatus.VISIBLE if self.is_shown else PostStatus.HELD

    def get_status_display(self) -> str:
        return PostStatus(self.status).label
