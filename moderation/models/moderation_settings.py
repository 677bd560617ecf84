"""The moderation settings every school can change in the admin."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext, gettext_lazy, gettext_noop, pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
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
_UNKNOWN_NUMBER_LINE = DEFAULT_HELP_CONTACT_LINES[1]


def default_help_contacts(emergency_number: str = "") -> str:
    """The product's own message in the active language (the reader's or the student's),
    naming the school's local emergency number where it has set one."""
    return "\n".join(
        gettext("If you are in danger right now, call %(number)s.") % {"number": emergency_number}
        if line == _UNKNOWN_NUMBER_LINE and emergency_number
        else gettext(line)
        for line in DEFAULT_HELP_CONTACT_LINES
    )


def _same_text(a: str, b: str) -> bool:
    # A browser sends a text box's lines with CRLF.
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()


class ModerationSettingsForm(WagtailAdminModelForm):
    """The severities in the reader's language (the catalogue has them under "moderation"), and
    the product's help contacts message in it too while the school has not written its own."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("hold_severity", "teacher_max_severity"):
            self.fields[name].choices = [
                (value, pgettext_lazy("moderation", label)) for value, label in Severity.choices
            ]
        if _same_text(self.initial.get("help_contacts") or "", DEFAULT_HELP_CONTACTS):
            self.initial["help_contacts"] = default_help_contacts()

    def clean_help_contacts(self) -> str:
        # Saved untouched in the lead's language, it stays the product's message, which each
        # student reads in their own (help_contacts_for_student); a Spanish-speaking lead's
        # save would otherwise have given every student the Spanish words.
        text = self.cleaned_data["help_contacts"]
        return DEFAULT_HELP_CONTACTS if _same_text(text, default_help_contacts()) else text


def _panel(name: str, heading: str, help_text: str = "") -> FieldPanel:
    return FieldPanel(
        name,
        heading=gettext_lazy(heading),
        help_text=gettext_lazy(help_text) if help_text else None,
    )


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
        help_text=(
            "Shown to a student at once when a post matches self-harm, suicide or "
            "eating-disorder terms, or tells of harm done to them."
        ),
    )
    post_retention_days = models.PositiveIntegerField(default=365)
    flag_retention_days = models.PositiveIntegerField(default=730)
    concern_retention_days = models.PositiveIntegerField(default=730)

    # The page a lead edits, in their admin language: each field's words are given here (the
    # model's own are English, and changing them would make a migration of nothing).
    base_form_class = ModerationSettingsForm
    panels = [
        _panel(
            "hold_severity",
            gettext_noop("Hold severity"),
            gettext_noop(
                "Posts matching at or above this severity are held until staff release them."
            ),
        ),
        _panel(
            "teacher_max_severity",
            gettext_noop("Teachers see flags up to"),
            gettext_noop("Teachers see flags in their own courses up to this severity."),
        ),
        _panel(
            "critical_escalation_minutes",
            gettext_noop("Minutes before a critical flag is escalated"),
            gettext_noop("A critical flag not acknowledged in this time goes to the next contact."),
        ),
        _panel(
            "escalation_minutes",
            gettext_noop("Minutes before another flag is escalated"),
            gettext_noop("The same, for flags below critical."),
        ),
        _panel("pattern_window_days", gettext_noop("Days a pattern of flags is looked for in")),
        _panel(
            "pattern_count",
            gettext_noop("Flags that make a pattern"),
            gettext_noop("This many lower-severity flags in the window raise a combined flag."),
        ),
        _panel(
            "help_contacts",
            gettext_noop("Help contacts"),
            gettext_noop(
                "Shown to a student at once when a post matches self-harm, suicide or "
                "eating-disorder terms, or tells of harm done to them. While it is Upstander's "
                "own message, each student reads it in their language; once you change it, "
                "every student reads your words as you wrote them."
            ),
        ),
        _panel("post_retention_days", gettext_noop("Days posts are kept")),
        _panel("flag_retention_days", gettext_noop("Days flags are kept")),
        _panel("concern_retention_days", gettext_noop("Days concerns are kept")),
    ]

    class Meta:
        # The page's title and its Settings menu item, in the lead's language.
        verbose_name = gettext_lazy("moderation settings")
        verbose_name_plural = gettext_lazy("moderation settings")

    def help_contacts_for_student(self, emergency_number: str = "") -> str:
        """The school's message as the school wrote it; the product's own default in the
        language the student reads (the catalogue has it), with the school's emergency number
        (Settings > Help contacts) in place of 'your local emergency number'."""
        if self.help_contacts.strip() != DEFAULT_HELP_CONTACTS:
            return self.help_contacts
        return default_help_contacts(emergency_number)

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
