"""On the case page a lead reads each keyword's definition in their own admin language, and what
the words around a match say about it (its context label)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db

SPANISH_DEFINITION = (
    "Deseo de morir en primera persona. Actúe hoy. [en] A first-person wish to die. Act today."
)


def case_page(client, user, flag, language: str = "") -> str:
    if language:
        # The admin language a lead picks in their Wagtail account settings.
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client.force_login(user)
    response = client.get(reverse("moderation_admin:case", args=[flag.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_a_lead_working_in_english_reads_the_english_gloss_of_a_spanish_entry(
    client, lead, make_flag
):
    flag = make_flag(
        text="me quiero morir", matches=[("me quiero morir", SPANISH_DEFINITION)], severity=4
    )
    html = case_page(client, lead, flag, "en")
    assert "A first-person wish to die. Act today." in html
    assert "Deseo de morir" not in html and "[en]" not in html


def test_a_lead_working_in_spanish_reads_the_spanish_definition(client, lead, make_flag):
    flag = make_flag(
        text="me quiero morir", matches=[("me quiero morir", SPANISH_DEFINITION)], severity=4
    )
    html = case_page(client, lead, flag, "es")
    assert "Deseo de morir en primera persona. Actúe hoy." in html
    assert "[en]" not in html


def test_an_english_definition_reads_the_same_in_either_language(client, lead, make_flag):
    flag = make_flag(text="you are a loser", matches=[("loser", "An insult aimed at someone.")])
    assert "An insult aimed at someone." in case_page(client, lead, flag, "es")
