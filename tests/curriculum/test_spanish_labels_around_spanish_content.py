"""Spanish content gets Spanish words around it: the family guides listed in Spanish have a
Spanish heading, introduction and tab title, and a lesson's Spanish family tip is introduced
in Spanish, not as "Try this at home: El botón de pausa...". Both found by hand in the demo."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_the_guides_listed_in_spanish_are_headed_and_introduced_in_spanish(client, curriculum):
    html = read(client, "/families/?language=es")

    assert html.select_one("main h1").get_text(strip=True) == "Para familias"
    intro = html.select_one("main .intro").get_text(" ", strip=True)
    assert "Guías para hablar en casa" in intro
    assert "Guides for talking" not in intro
    assert html.title.get_text() == "Para familias · Upstander"


@pytest.mark.django_db
def test_the_english_guide_list_keeps_the_editors_heading_and_introduction(client, curriculum):
    html = read(client, "/families/")

    assert html.select_one("main h1").get_text(strip=True) == "For families"
    assert "Guides for talking" in html.select_one("main .intro").get_text()
    assert html.title.get_text() == "For families · Upstander"


@pytest.mark.django_db
def test_a_lessons_spanish_family_tip_is_introduced_in_spanish(client, curriculum):
    from curriculum.models import LessonPage

    html = read(client, LessonPage.objects.get(slug="passphrase-power").url)
    english, spanish = html.select("aside.family-tip")

    assert spanish["lang"] == "es"
    assert spanish["aria-label"] == "Prueba esto en casa"
    assert spanish.h2.get_text().startswith("Prueba esto en casa: ")
    assert english.get("lang") is None
    assert english.h2.get_text().startswith("Try this at home: ")
