"""A Spanish family guide is a Spanish page: its language, navigation, labels and footer are
Spanish, it names its English original as an alternate, and every public page offers the
other language. English pages stay English whatever the browser asks for."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from curriculum.models import FamilyResourcePage


@pytest.fixture
def spanish_guide(curriculum):
    return FamilyResourcePage.objects.live().filter(language="es").order_by("pk").first()


def read(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_a_spanish_guide_has_spanish_chrome_and_its_english_original_as_alternate(
    client, spanish_guide
):
    english = spanish_guide.translation_of
    html = read(client, spanish_guide.url)

    assert html.html["lang"] == "es"
    nav = html.select_one("nav[aria-label=Principal]")
    assert [a.get_text() for a in nav.select("a")] == ["Lecciones", "Para familias", "Buscar"]
    assert html.select_one(".skip-link").get_text() == "Ir al contenido"
    assert "ciudadanía digital" in html.select_one(".site-footer").get_text()
    assert html.select_one("[data-print-page]").get_text() == "Imprimir esta guía"
    alternates = {link["hreflang"]: link["href"] for link in html.select("link[rel=alternate]")}
    assert alternates["en"].endswith(english.url) and alternates["es"].endswith(spanish_guide.url)
    assert alternates["en"].startswith("http")


def test_the_english_original_offers_the_spanish_guide_in_its_switcher(client, spanish_guide):
    english = spanish_guide.translation_of
    html = read(client, english.url, HTTP_ACCEPT_LANGUAGE="es")  # the browser's wish aside
    assert html.html["lang"] == "en"
    switcher = html.select_one("nav.language-switcher")
    spanish = switcher.select_one("a[hreflang=es]")
    assert spanish["href"] == spanish_guide.url and spanish.get_text() == "Español"
    assert switcher.select_one("a[aria-current=page]").get_text() == "English"


def test_a_page_with_no_translation_offers_the_spanish_family_guides_and_says_so(
    client, curriculum
):
    html = read(client, "/")
    spanish = html.select_one("nav.language-switcher a[hreflang=es]")
    assert spanish["href"] == "/families/?language=es"
    assert spanish.get_text() == "Español: guías para familias"
    assert html.select("link[rel=alternate]") == []  # no false alternates


def test_the_guides_listed_in_spanish_are_a_spanish_page(client, curriculum):
    html = read(client, "/families/?language=es")
    assert html.html["lang"] == "es"
    assert html.select_one("nav[aria-label=Principal] a[href='/families/?language=es']")
    langs = {link["hreflang"] for link in html.select("link[rel=alternate]")}
    assert langs == {"en", "es"}


def test_labels_inside_a_spanish_guide_are_spanish(client, curriculum):
    guides = FamilyResourcePage.objects.live().filter(language="es")
    text = " ".join(read(client, g.url).select_one("main").get_text(" ") for g in guides)
    assert "Prueba esto en casa" in text
    assert not re.search(r"Try this at home|Staying safe|Print this guide|For families", text)


def test_the_concern_form_has_the_language_switcher_too(client, curriculum):
    html = read(client, "/concern/")
    switcher = html.select_one("header nav.language-switcher")
    assert switcher.select_one("a[aria-current=page]").get_text() == "English"
    # The form is written in Spanish too: the switcher leads to it, not to the guides.
    assert switcher.select_one("a[hreflang=es]")["href"] == "/concern/?language=es"
    assert switcher.select_one("a[hreflang=es]").get_text() == "Español"
