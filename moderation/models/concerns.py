"""Concerns: the trusted adults students may choose, a concern and its messages."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lti.models import Role
from moderation.models.choices import Category
from moderation.models.posts import ModeratedPost

NOT_STAFF = _("Only a member of staff can be a trusted adult; this is a student's account.")


def adult_staff_accounts() -> models.QuerySet:
    """The accounts that may be trusted adults: staff, never a learner. An LMS account (one
    with an LTI identity) is staff only if it has launched as a teacher and never as a student;
    an account made in the admin is staff."""
    users = get_user_model().objects.all()
    learners = users.filter(course_memberships__role=Role.STUDENT)
    lms_not_teachers = users.filter(lti_identity__isnull=False).exclude(
        course_memberships__role=Role.TEACHER
    )
    return users.exclude(pk__in=learners.values("pk")).exclude(pk__in=lms_not_teachers.values("pk"))


class TrustedAdult(models.Model):
    """A member of staff students may choose to tell about a concern."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="trusted_adult",
        verbose_name=_("account"),
    )
    display_name = models.CharField(
        _("name students see"),
        max_length=200,
        help_text=_("As students know them, e.g. Ms Rivera."),
    )
    role_title = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("e.g. School counsellor.")
    )
    role_title_es = models.CharField(
        _("role in Spanish"),
        max_length=200,
        blank=True,
        help_text=_(
            "What students reading in Spanish see, e.g. Orientadora escolar. Left empty, they "
            "see the role above."
        ),
    )
    active = models.BooleanField(pgettext_lazy("trusted adult", "active"), default=True)
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Students see lower numbers first.")
    )

    class Meta:
        ordering = ["sort_order", "display_name"]
        verbose_name = _("trusted adult")
        verbose_name_plural = _("trusted adults")

    def __str__(self) -> str:
        return self.display_name

    def role_in(self, language: str) -> str:
        """The role a student reading `language` sees: the Spanish one where it was given."""
        if language.startswith("es") and self.role_title_es:
            return self.role_title_es
        return self.role_title

    def clean(self) -> None:
        super().clean()
        if self.user_id and not adult_staff_accounts().filter(pk=self.user_id).exists():
            raise ValidationError({"user": NOT_STAFF})


class Concern(models.Model):
    """A student telling a trusted adult. An anonymous concern stores nothing that identifies them:
    no user, no session, no address, no browser; only a hash of the claim code they keep."""

    class About(models.TextChoices):
        MYSELF = "myself", "Myself"
        SOMEONE_ELSE = "someone_else", "Someone else"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        REPLIED = "replied", "Replied"
        CLOSED = "closed", "Closed"

    category = models.CharField(max_length=30, choices=Category.choices)
    about = models.CharField(max_length=15, choices=About.choices)
    anonymous = models.BooleanField(default=False)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    trusted_adult = models.ForeignKey(
        TrustedAdult, on_delete=models.PROTECT, related_name="concerns"
    )
    claim_code_hash = models.CharField(max_length=128, unique=True)
    post = models.OneToOneField(
        ModeratedPost, null=True, blank=True, on_delete=models.SET_NULL, related_name="concern"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # Never the reporter: an anonymous concern must not name them in admin lists or logs.
        return f"Concern #{self.pk} to {self.trusted_adult} ({self.get_status_display().lower()})"


class ConcernMessage(models.Model):
    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="messages")
    from_staff = models.BooleanField(default=False)
    staff_author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    # The moderation record of a student's message (staff messages are not scanned).
    post = models.OneToOneField(
        ModeratedPost,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="concern_message",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        # The student side is never named, so an anonymous concern stays anonymous.
        if self.from_staff:
            sender = self.staff_author or "staff"
        else:
            sender = "the student"
        return f"Message from {sender} on concern #{self.concern_id}"


# --- Integrations and the audit log -------------------------------------------------------
