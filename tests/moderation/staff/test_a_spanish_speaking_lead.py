"""A safeguarding lead who chose Spanish as their admin language works the flags queue and the
case page in Spanish: headings, filters, statuses, categories, buttons, and what the words around
a match say about it (its context label). Before, only keyword definitions followed the lead's
language; every other word on both pages was English."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from moderation.models import FlagMatch
from moderation.scanning.context import LABELS, describe
from moderation.templatetags.moderation_staff import context_note

pytestmark = pytest.mark.django_db


def working_in(client, user, language: str):
    # The admin language a lead picks in their Wagtail account settings.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def assert_reads(html: str, spanish: tuple[str, ...], not_english: tuple[str, ...]) -> None:
    assert [words for words in spanish if words not in html] == []
    assert [words for words in not_english if words in html] == []


def test_the_queue_reads_in_spanish(client, lead, make_flag):
    make_flag(category="self_harm", severity=4)
    working_in(client, lead, "es")

    html = page(client, reverse("moderation_admin:queue"))

    spanish = (
        "Alertas",
        "las más graves primero",
        "Cualquier categoría",
        "Gravedad",
        "Crítica",
        "Autolesiones y suicidio",
        "Nueva",
        "Abiertas (sin resolver)",
        "Abrir el caso",
        "Mostrar el texto",
        "Filtrar",
    )
    assert_reads(
        html, spanish, ("Any category", "Self-harm and suicide", "Open case", "Reveal text")
    )


def test_the_case_page_reads_in_spanish_with_its_context_note(client, lead, make_flag):
    flag = make_flag(text="i want to kill myself lol", matches=[("kill myself", "")])
    FlagMatch.objects.filter(flag=flag).update(context="joking")
    working_in(client, lead, "es")

    html = page(client, reverse("moderation_admin:case", args=[flag.pk]))

    spanish = (
        "Volver a las alertas",
        "Lo que se escribió",
        "Palabras encontradas y su significado",
        "Acoso y provocaciones",
        "interpretado como: tomado a risa",
        "Contexto: Con risas o vergüenza al lado",
        "No hay ninguna definición registrada.",
        "Acusar recibo",
        "Derivar a los responsables de protección",
        "Resolver el caso",
        "Sin motivo de preocupación",
        "Todavía no hay notas.",
    )
    assert_reads(
        html, spanish, ("What was written", "Laughter or embarrassment", "Acknowledge", "Notes")
    )


def test_a_lead_working_in_english_still_reads_english(client, lead, make_flag):
    flag = make_flag()
    working_in(client, lead, "en")
    assert "Any category" in page(client, reverse("moderation_admin:queue"))
    assert "What was written" in page(client, reverse("moderation_admin:case", args=[flag.pk]))


def test_every_context_label_a_lead_can_read_has_its_spanish():
    # The descriptions live in the Django-free scanning core; the catalogue holds them by their
    # English, so an edited description without a new translation would fall back silently.
    with open(settings.LOCALE_PATHS[0] / "es" / "LC_MESSAGES" / "django.po", "rb") as po:
        catalogue = read_po(po, locale="es", domain="django")
    with translation.override("es"):
        for label in LABELS:
            assert catalogue.get(describe(label)) is not None, label
            if context_note(label):
                assert context_note(label) != describe(label), label


def test_what_an_action_answers_is_in_spanish_too(client, lead, make_flag):
    flag = make_flag()
    working_in(client, lead, "es")
    acknowledge = reverse("moderation_admin:action", args=[flag.pk, "acknowledge"])

    assert "Acuse de recibo registrado." in client.post(acknowledge, follow=True).content.decode()
    again = client.post(acknowledge, follow=True).content.decode()
    assert "Ya se acusó recibo de este caso." in again
    add_note = reverse("moderation_admin:action", args=[flag.pk, "add_note"])
    blank = client.post(add_note, {"text": "  "}, follow=True).content.decode()
    assert "Escriba la nota." in blank


def test_the_admin_menu_counts_new_flags_in_spanish(client, lead, make_flag):
    make_flag(severity=4)
    working_in(client, lead, "es")
    html = page(client, reverse("moderation_admin:queue"))
    # The sidebar's labels come inside a JSON document, which writes "ó" as \u00f3.
    assert "Alertas (1 nueva)" in html
    assert "Moderaci\\u00f3n (1 nueva)" in html
