"""The moderation settings every school can change in the admin."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext, gettext_noop
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from moderation.models.choices import Severity

# The product's own message, until a school writes its own; a student reads it in their language.
DEFAULT_HELP_CONTACT_LINES = (
    gettext_noop(
        "You can talk to any trusted adult at school, such as your teacher or the school "
        "counsellor."
    ),
    gettext_noop("If you are in danger right now, call your local emergency number."),
    gettext_noop(
        "You can also contact a helpline for young people in your country, free and confidential."
    ),
)
DEFAULT_HELP_CONTACTS = "\n".join(DEFAULT_HELP_CONTACT_LINES)


@register_setting(icon="warning")
class ModerationSettings(BaseGenericSetting):
    hold_severity = models.PositiveSmallIntegerField(
        choices=Severity.choices,
        default=Severity.HIGH,
        help_text="Posts matching at or above this severity are held until staff release them.",
    )
    teacher_max_severity = models.PositiveSmallIntegerField(
        choices=Severity.choices,
        default=Severity.LOW,
        help_text="Teachers see flags in their own courses up to this severity.",
    )
    critical_escalation_minutes = models.PositiveIntegerField(
        default=15,
        help_text="A critical flag not acknowledged in this time goes to the next contact.",
    )
    escalation_minutes = models.PositiveIntegerField(
        default=24 * 60, help_text="The same, for flags below critical."
    )
    pattern_window_days = models.PositiveSmallIntegerField(default=14)
    pattern_count = models.PositiveSmallIntegerField(
        default=3, help_text="This many lower-severity flags in the window raise a combined flag."
    )
    help_contacts = models.TextField(
        default=DEFAULT_HELP_CONTACTS,
        help_text="Shown to a student at once when a post matches self-harm or suicide terms.",
    )
    post_retention_days = models.PositiveIntegerField(default=365)
    flag_retention_days = models.PositiveIntegerField(default=730)
    concern_retention_days = models.PositiveIntegerField(default=730)

    class Meta:
        verbose_name = "moderation settings"

    def help_contacts_for_student(self) -> str:
        """The school's message as the school wrote it; the product's own default in the
        language the student reads (the catalogue has it)."""
        if self.help_contacts.strip() != DEFAULT_HELP_CONTACTS:
            return self.help_contacts
        return "\n".join(gettext(line) for line in DEFAULT_HELP_CONTACT_LINES)

    @classmethod
    def load(cls, request_or_site: Any = None) -> ModerationSettings:
        """The one row; without a request, kept per process (moderation/flags/hot_path.py)."""
        if request_or_site is not None:
            return super().load(request_or_site)
        from moderation.flags.hot_path import moderation_settings

        return moderation_settings(super().load)

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        from moderation.flags.hot_path import moderation_settings_row

        moderation_settings_row.forget()
