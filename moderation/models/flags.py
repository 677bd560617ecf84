"""Flags and who hears about them: routing rules, flags, their matches and notes, staff notices."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from moderation.models.choices import Category, ContextLabel, Severity
from moderation.models.keywords import KeywordEntry
from moderation.models.posts import ModeratedPost


class RoutingRule(models.Model):
    """Who hears about a flag. The first active rule that fits, by priority, routes it."""

    # The words a lead reads on the admin's list and form are in her language (the catalogue).
    name = models.CharField(_("name"), max_length=200)
    priority = models.PositiveSmallIntegerField(
        _("priority"), default=100, help_text=_("Lower numbers are tried first.")
    )
    active = models.BooleanField(pgettext_lazy("routing rule", "active"), default=True)
    is_default = models.BooleanField(
        _("default rule"), default=False, help_text=_("Routes anything no other rule routes.")
    )
    categories = models.JSONField(
        _("categories"), default=list, blank=True, help_text=_("Empty means every category.")
    )
    min_severity = models.PositiveSmallIntegerField(
        _("lowest severity"), choices=Severity.choices, default=Severity.INFORMATIONAL
    )
    course = models.ForeignKey(
        "lti.Course", null=True, blank=True, on_delete=models.CASCADE, verbose_name=_("course")
    )
    issuer = models.URLField(
        _("LMS issuer"),
        max_length=255,
        blank=True,
        help_text=_("Only this school's LMS; empty means any."),
    )
    users = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="routing_rules", verbose_name=_("users")
    )
    groups = models.ManyToManyField(
        Group, blank=True, related_name="routing_rules", verbose_name=_("groups")
    )
    include_course_teachers = models.BooleanField(_("include the course's teachers"), default=False)
    escalate_to_users = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="escalation_rules",
        verbose_name=_("escalate to users"),
        help_text=_("The next contact when a flag is not acknowledged in time."),
    )
    escalate_to_groups = models.ManyToManyField(
        Group, blank=True, related_name="escalation_rules", verbose_name=_("escalate to groups")
    )

    class Meta:
        ordering = ["priority", "pk"]
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")

    def __str__(self) -> str:
        return self.name


class Flag(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        ESCALATED = "escalated", "Escalated"
        RESOLVED = "resolved", "Resolved"

    class Outcome(models.TextChoices):
        ACTION_TAKEN = "action_taken", "Action taken"
        NO_CONCERN = "no_concern", "No concern"
        FALSE_POSITIVE = "false_positive", "False positive"

    post = models.ForeignKey(
        ModeratedPost, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    # A pattern flag gathers several lower-severity posts into one of higher severity.
    is_pattern = models.BooleanField(default=False)
    related_posts = models.ManyToManyField(ModeratedPost, blank=True, related_name="pattern_flags")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    course = models.ForeignKey(
        "lti.Course", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    category = models.CharField(max_length=30, choices=Category.choices)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices)
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.NEW)
    outcome = models.CharField(max_length=15, choices=Outcome.choices, blank=True)
    rule = models.ForeignKey(
        RoutingRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="flags"
    )
    routed_to = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="routed_flags"
    )
    escalation_level = models.PositiveSmallIntegerField(default=0)
    # A paste of thousands of matches is read up to the match budget of each kind
    # (moderation/scanning/budget.py): [{"category", "severity", "count"}] of those counted
    # and not read, shown on the case page.
    unread_matches = models.JSONField(default=list, blank=True)
    escalate_after = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-severity", "created_at"]
        indexes = [
            models.Index(fields=["status", "severity", "created_at"], name="flag_queue_idx"),
            models.Index(fields=["student", "created_at"], name="flag_student_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_severity_display()} {self.get_category_display()} flag {self.pk}"


class FlagMatch(models.Model):
    """One keyword found in the post. The entry's words are copied: libraries change,
    cases don't."""

    flag = models.ForeignKey(Flag, on_delete=models.CASCADE, related_name="matches")
    entry = models.ForeignKey(
        KeywordEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    term = models.CharField(max_length=200)
    category = models.CharField(max_length=30, choices=Category.choices)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices)
    definition = models.TextField(blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    matched_text = models.CharField(max_length=500)
    normalisations = models.JSONField(default=list, blank=True)
    # How the words around the match read it (moderation/scanning/context.py); `severity` above
    # is the one context gave it, the entry's own is in the library.
    context = models.CharField(
        max_length=12, choices=ContextLabel.choices, default=ContextLabel.PLAIN
    )
    false_positive = models.BooleanField(default=False)

    class Meta:
        ordering = ["start", "pk"]

    def __str__(self) -> str:
        # The entry's term, not matched_text: that is the student's own words.
        return f"Match of {self.term} in flag #{self.flag_id}"


class FlagNote(models.Model):
    flag = models.ForeignKey(Flag, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Note by {self.author or 'a deleted account'} on flag #{self.flag_id}"


class FalseAlarmReport(models.Model):
    """A teacher's word that a flag of their course is a false alarm, and why. It changes
    nothing by itself: a lead reads it on the case and decides (marks the words false positives,
    accepts an exception, resolves the case), so a library changes only by a lead's hand."""

    flag = models.ForeignKey(Flag, on_delete=models.CASCADE, related_name="false_alarm_reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(help_text="Why the teacher reads the post as innocent.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"False alarm reported on flag #{self.flag_id}"


class StaffNotification(models.Model):
    """A notice in the admin (and the record of the e-mail sent with it)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_notifications"
    )
    flag = models.ForeignKey(
        Flag, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    concern = models.ForeignKey(
        "Concern", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )

    class Delivery(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENT = "sent", "Sent on every channel"
        FAILED = "failed", "Given up after every retry"

    reason = models.CharField(
        max_length=20, default="routed", help_text="routed, escalated, reply, unreached"
    )
    emailed_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The outbox (moderation/flags/notifications.py): written with the flag, sent by tasks, retried.
    delivery = models.CharField(max_length=10, choices=Delivery.choices, default=Delivery.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_channels = models.JSONField(default=list, blank=True)
    last_error = models.CharField(max_length=500, blank=True, default="")

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(delivery="pending"),
                name="moderation_notice_due",
            )
        ]

    def __str__(self) -> str:
        notice = f"{self.reason.capitalize()} notice to {self.recipient}"
        if self.flag_id is not None:
            return f"{notice} about flag #{self.flag_id}"
        if self.concern_id is not None:
            return f"{notice} about concern #{self.concern_id}"
        return notice


# --- Concerns -----------------------------------------------------------------------------
