"""The school's help contacts: its country, the presets a safeguarding lead has checked, and its
own lines. Edited in Settings > Help contacts by safeguarding leads and superusers; shown through
`curriculum.help_contacts`."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import get_language, gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from curriculum.help_contacts import COUNTRIES, EN, ES, PRESET_LABELS, PRESETS
from curriculum.models.pages import ChoiceListField


class HelpContactSettingsForm(WagtailAdminModelForm):
    """Records who confirmed the contacts and when, each time the ticked list changes. The
    countries and services are named in the reader's language: a Spanish-speaking lead reads
    each service as a Spanish family guide shows it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = ES if (get_language() or "").startswith(ES) else EN
        self.fields["country"].choices = [
            ("", "---------"),
            *((code, gettext(name)) for code, name in COUNTRIES.items()),
        ]
        self.fields["confirmed_contacts"].choices = [
            (p.key, f"{gettext(COUNTRIES[p.country])}: {p.name} ({p.reach[language]})")
            for p in PRESETS
        ]

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
        _("country"),
        max_length=4,
        blank=True,
        choices=list(COUNTRIES.items()),
        help_text=_(
            "Where the school is. Its suggested helplines are shown to staff as 'to confirm'; "
            "students see none of them until you tick them below."
        ),
    )
    confirmed_contacts = ChoiceListField(
        vocabulary=PRESET_LABELS,
        blank=True,
        verbose_name=_("contacts we have checked"),
        help_text=_(
            "Tick a service only after checking its number and web address today: an out-of-date "
            "number is worse than none. Students see exactly the ticked services."
        ),
    )
    school_contact = models.TextField(
        _("school contact"),
        blank=True,
        max_length=500,
        help_text=_(
            "Who to talk to at school, shown to students and families, e.g. 'Ms Rivera, our "
            "safeguarding lead, in room 12 or at the front office'."
        ),
    )
    emergency_number = models.CharField(
        _("emergency number"),
        max_length=20,
        blank=True,
        help_text=_(
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
            content=format_lazy(
                "<p>{}</p>",
                _(
                    "Lessons and family guides about self-harm, abuse, sextortion and image "
                    "removal show these contacts. Until a service is ticked, students see only: "
                    "talk to a trusted adult, the safeguarding lead, or the concern form."
                ),
            )
        ),
        FieldPanel("country"),
        FieldPanel("confirmed_contacts"),
        MultiFieldPanel(
            [FieldPanel("school_contact"), FieldPanel("emergency_number")],
            pgettext_lazy("help contacts", "Our own"),
        ),
    ]

    class Meta:
        verbose_name = _("help contacts")
        verbose_name_plural = _("help contacts")
