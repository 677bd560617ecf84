"""The school's help contacts: its country, the presets a safeguarding lead has checked, and its
own lines. Edited in Settings > Help contacts by safeguarding leads and superusers; shown through
`curriculum.help_contacts`."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from curriculum.help_contacts import COUNTRIES, PRESET_LABELS
from curriculum.models.pages import ChoiceListField


class HelpContactSettingsForm(WagtailAdminModelForm):
    """Records who confirmed the contacts and when, each time the ticked list changes."""

    def save(self, commit=True):
        instance = super().save(commit=False)
        if "confirmed_contacts" in self.changed_data:
            instance.confirmed_at = timezone.now()
            user = getattr(self, "for_user", None)
            instance.confirmed_by = user if user is not None and user.is_authenticated else None
        if commit:
            instance.save()
        return instance


@register_setting(icon="help")
class HelpContactSettings(BaseSiteSetting):
    country = models.CharField(
        max_length=4,
        blank=True,
        choices=list(COUNTRIES.items()),
        help_text=(
            "Where the school is. Its suggested helplines are shown to staff as 'to confirm'; "
            "students see none of them until you tick them below."
        ),
    )
    confirmed_contacts = ChoiceListField(
        vocabulary=PRESET_LABELS,
        blank=True,
        verbose_name="Contacts we have checked",
        help_text=(
            "Tick a service only after checking its number and web address today: an out-of-date "
            "number is worse than none. Students see exactly the ticked services."
        ),
    )
    school_contact = models.TextField(
        blank=True,
        max_length=500,
        help_text=(
            "Who to talk to at school, shown to students and families, e.g. 'Ms Rivera, our "
            "safeguarding lead, in room 12 or at the front office'."
        ),
    )
    emergency_number = models.CharField(
        max_length=20,
        blank=True,
        help_text=(
            "The local emergency number (911, 999, 112). Empty: 'your local emergency number'."
        ),
    )
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    base_form_class = HelpContactSettingsForm
    panels = [
        HelpPanel(
            content=(
                "<p>Lessons and family guides about self-harm, abuse, sextortion and image "
                "removal show these contacts. Until a service is ticked, students see only: talk "
                "to a trusted adult, the safeguarding lead, or the concern form.</p>"
            )
        ),
        FieldPanel("country"),
        FieldPanel("confirmed_contacts"),
        MultiFieldPanel([FieldPanel("school_contact"), FieldPanel("emergency_number")], "Our own"),
    ]

    class Meta:
        verbose_name = "help contacts"
