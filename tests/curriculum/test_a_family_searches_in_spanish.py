"""A family reads the Spanish guides and searches from there: "acoso", "privacidad", or
"contrasena" typed on a phone without its ñ. The search page is Spanish around the results, it
finds the Spanish guides and the lessons they point to (marked as English), and an English
search is what it was. Before, the Spanish guides' "Buscar" led to an English page
(hreflang="en") that listed guides in both languages under English headings."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from curriculum.models import FamilyResourcePage
from curriculum.services import search_curriculum, spellings

pytestmark = pytest.mark.django_db


def search(client, **params) -> BeautifulSoup:
    response = client.get("/search/", params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def guide_titles(html: BeautifulSoup) -> list[str]:
    return [a.get_text() for a in html.select("main .card h3 a[lang]") if a["lang"] == "es"]


def test_from_a_spanish_guide_buscar_leads_to_the_spanish_search(client, curriculum):
    guide = FamilyResourcePage.objects.live().get(slug="talking-about-cyberbullying-es")
    html = BeautifulSoup(client.get(guide.url).content, "html.parser")

    buscar = html.select_one("nav[aria-label=Principal] a[href^='/search/']")
    assert buscar.get_text() == "Buscar"
    assert buscar["href"] == "/search/?language=es" and not buscar.get("hreflang")


def test_acoso_finds_the_spanish_guide_on_bullying_under_spanish_headings(client, curriculum):
    html = search(client, q="acoso", language="es")

    assert html.html["lang"] == "es"
    assert html.select_one("main h1").get_text() == "Buscar lecciones y guías para familias"
    assert html.select_one("label[for=q]").get_text() == "Palabras que quieres buscar"
    assert html.select_one("input[name=language]")["value"] == "es"  # the next search too
    status = html.select_one("main [role=status]").get_text()
    assert status.endswith("resultados para “acoso”.")
    assert "Hablemos del ciberacoso" in guide_titles(html)
    headings = [h2.get_text() for h2 in html.select("main h2")]
    assert headings == ["Guías para familias", "Lecciones"]
    # Only Spanish guides: an English guide is no answer to a Spanish search.
    assert {
        a["lang"] for a in html.select("main .card h3 a[lang]") if "/families/" in a["href"]
    } == {"es"}


def test_the_lessons_the_guides_point_to_come_with_them_marked_as_english(client, curriculum):
    found = search_curriculum("acoso", language="es").family_pages
    pointed = {lesson.title for guide in found for lesson in guide.related_lessons.live()}
    assert pointed, "a Spanish guide about acoso points to lessons (gaming, accounts at 13)"

    html = search(client, q="acoso", language="es")

    lessons = html.select("main .card .card__link")
    assert pointed <= {a.get_text() for a in lessons}
    assert all(a["lang"] == "en" for a in lessons)
    assert "Las lecciones están escritas en inglés" in html.select_one("main p.meta").get_text()
    badges = [badge.get_text() for badge in html.select("main .card .badge")]
    assert any(badge.startswith("Grados ") for badge in badges)


def test_privacidad_finds_the_spanish_privacy_guides(client, curriculum):
    html = search(client, q="privacidad", language="es")

    titles = guide_titles(html)
    assert "Revisemos juntos la configuración de privacidad" in titles
    assert "Aplicaciones nuevas, políticas de privacidad y clasificaciones por edad" in titles


def test_a_word_typed_without_its_accent_or_its_enye_still_finds_it(client, curriculum):
    typed = search_curriculum("contrasena", language="es")
    written = search_curriculum("contraseña", language="es")

    assert "Las contraseñas y un plan familiar de contraseñas" in [
        p.title for p in typed.family_pages
    ]
    assert [p.pk for p in typed.family_pages] == [p.pk for p in written.family_pages]


def test_a_spanish_search_that_finds_nothing_says_so_in_spanish(client, curriculum):
    html = search(client, q="zzzqqq", language="es")

    assert html.select_one("main [role=status]").get_text() == "0 resultados para “zzzqqq”."
    advice = html.select_one("main [role=status] + p")
    assert advice.get_text().startswith("Prueba con menos palabras")
    assert advice.select_one("a[href='/families/?language=es']")


def test_the_switcher_offers_the_same_search_in_the_other_language(client, curriculum):
    spanish = search(client, q="acoso", language="es")
    english = spanish.select_one("nav.language-switcher a[hreflang=en]")
    assert english["href"] == "/search/?q=acoso" and english.get_text() == "English"

    html = search(client, q="password")
    assert html.select_one("nav.language-switcher a[hreflang=es]")["href"] == (
        "/search/?q=password&language=es"
    )


def test_english_search_is_unchanged(client, curriculum):
    html = search(client, q="password")

    assert html.html["lang"] == "en"
    assert html.select_one("main h1").get_text() == "Search lessons and family guides"
    assert html.select_one("input[name=language]") is None
    assert [h2.get_text() for h2 in html.select("main h2")] == ["Lessons", "Family guides"]
    assert html.select_one("main [role=status]").get_text().endswith("results for “password”.")
    results = search_curriculum("password")
    assert results.language == "en"
    # As before: guides in either language (a Spanish word finds the Spanish guide), and
    # lessons found by their own words.
    assert "en" in {p.language for p in results.family_pages}
    assert "es" in {p.language for p in search_curriculum("contraseña").family_pages}
    assert all(a.get("lang") is None for a in html.select("main .card .card__link"))


def test_spellings_add_the_accent_or_the_enye_a_word_may_have_lost():
    assert spellings("contrasena")[:2] == ["contrasena", "contraseña"]
    assert "información" in spellings("informacion")
    assert "compañía" in spellings("compania")  # a ñ and an accent together
    assert "niño" in spellings("nino") and "año" in spellings("ano")
    assert spellings("contraseña") == ["contraseña"]  # typed with its accents: as written
    assert "ñino" not in spellings("nino")  # no ñ first, nor before a consonant
    assert all(len(spellings(word)) <= 40 for word in ("anonimamente", "inconveniente"))
