"""Dana, a safeguarding lead working in Spanish, opens the moderation settings: the help contacts
message a student sees (until the school writes its own) is in Spanish in her form, and saving
the page leaves it the product's message, which each student reads in their own language.
Walking `make demo` in Chromium it was English in her Spanish page, and saving her own words
in its place would have been the only way to read it in Spanish."""

from __future__ import annotations

import pytest
from django.utils import translation

from moderation.models import ModerationSettings
from moderation.models.moderation_settings import DEFAULT_HELP_CONTACTS
from tests.moderation.staff.test_a_spanish_speaking_lead import working_in

pytestmark = pytest.mark.django_db

SETTINGS = "/admin/settings/moderation/moderationsettings/"
SPANISH_FIRST_LINE = "Puedes hablar con cualquier persona adulta de confianza de tu escuela"


def the_form(client):
    response = client.get(SETTINGS, follow=True)
    assert response.status_code == 200
    form = response.context["form"]
    data = {name: form[name].value() for name in form.fields}
    return response.redirect_chain[-1][0], form, data


def test_she_reads_the_message_in_spanish_and_saving_keeps_it_the_products(client, lead):
    working_in(client, lead, "es")

    url, form, data = the_form(client)

    assert data["help_contacts"].startswith(SPANISH_FIRST_LINE)
    data["help_contacts"] = data["help_contacts"].replace("\n", "\r\n")  # as a browser sends it
    assert client.post(url, data).status_code == 302
    saved = ModerationSettings.objects.get()
    assert saved.help_contacts == DEFAULT_HELP_CONTACTS
    with translation.override("en"):
        assert saved.help_contacts_for_student().startswith("You can talk to any trusted adult")
    with translation.override("es"):
        assert saved.help_contacts_for_student().startswith(SPANISH_FIRST_LINE)


def test_her_own_words_are_what_every_student_reads(client, lead):
    working_in(client, lead, "es")
    url, form, data = the_form(client)

    data["help_contacts"] = "Habla con la señora Rivera, en el aula 12."
    assert client.post(url, data).status_code == 302

    saved = ModerationSettings.objects.get()
    with translation.override("en"):
        assert saved.help_contacts_for_student() == "Habla con la señora Rivera, en el aula 12."


def test_a_lead_working_in_english_reads_and_keeps_the_english(client, lead):
    working_in(client, lead, "en")

    url, form, data = the_form(client)

    assert data["help_contacts"] == DEFAULT_HELP_CONTACTS
    assert client.post(url, data).status_code == 302
    assert ModerationSettings.objects.get().help_contacts == DEFAULT_HELP_CONTACTS
