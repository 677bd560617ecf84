"""What students do in a lesson: progress per step, quiz attempts, reflections, discussion.

Progress belongs to a (user, resource link) pair: the same lesson placed twice in a course, or
in two courses, is two separate pieces of work with two gradebook columns. Discussion threads
belong to (course, lesson), so classmates see each other's posts whichever link they came in by.

Every write that a double click, a back button or a second tab could repeat is made safe by a
constraint: one progress row per pair, one quiz attempt per form token, one post per form token.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


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


class Reflection(models.Model):
    """Private between the student and the course's teachers."""

    progress = models.OneToOneField(
        LessonProgress, on_delete=models.CASCADE, related_name="reflection"
    )
    text = models.TextField()
    # Bumped on every save; a form based on an older revision is stale and is not saved blindly.
    revision = models.PositiveIntegerField(default=1)
    visible = models.BooleanField(default=True)
    moderation_message = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    read_at = models.DateTimeField(null=True, blank=True, help_text="When a teacher last read it.")

    def __str__(self) -> str:
        return f"Reflection {self.pk} (revision {self.revision})"


class PostStatus(models.TextChoices):
    VISIBLE = "visible", "Visible to the class"
    HELD = "held", "Held for staff"


class DiscussionPost(models.Model):
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
    status = models.CharField(max_length=10, choices=PostStatus.choices, default=PostStatus.VISIBLE)
    moderation_message = models.CharField(max_length=200, blank=True)
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
