"""A student who writes in Spanish is read as carefully as one who writes in English, and the
Spanish reading of text-speak never changes what an English post means."""

from __future__ import annotations

import pytest

from moderation.keywords.starter import starter_libraries
from moderation.scanning.budget import READ_PER_KIND
from moderation.scanning.spanish import (
    SPANISH_SPELLINGS,
    definition_in,
    post_language,
    scan_post,
    spanish_reading,
)
from tests.moderation.starter_library import STARTER


@pytest.fixture(scope="module")
def library():
    return STARTER


def terms(library, text: str, language: str | None = None) -> set[str]:
    return {m.entry.term for m in scan_post(library, text, language)}


def test_every_category_has_a_spanish_library_with_definitions_in_both_languages():
    english = {lib.name for lib in starter_libraries() if not lib.name.endswith("_es")}
    spanish = {
        lib.name.removesuffix("_es") for lib in starter_libraries() if lib.name.endswith("_es")
    }
    assert spanish == english and len(spanish) == 10
    for lib in starter_libraries():
        if lib.name.endswith("_es"):
            from moderation.engine import load_entries

            for entry in load_entries(lib.path):
                assert entry.category == lib.name.removesuffix("_es")
                assert definition_in(entry.definition, "es") != definition_in(
                    entry.definition, "en"
                )


@pytest.mark.parametrize(
    "text, term",
    [
        ("ya no quiero vivir, nadie me entiende", "ya no quiero vivir"),
        ("Me quiero morir de verdad", "me quiero morir"),
        ("no le digas a tus padres que hablamos", "no le digas a tus padres"),
        ("eres un maricón", "maricón"),
        ("pásame el pack o se lo enseño a todos", "pásame el pack"),
        ("te voy a matar mañana", "te voy a matar"),
    ],
)
def test_a_spanish_post_with_a_safeguarding_term_is_flagged(library, text, term):
    assert term in terms(library, text)


@pytest.mark.parametrize(
    "text, term, written",
    [
        ("me kiero matar xq nadie me kiere", "me quiero matar", "me kiero matar"),
        ("ya no kiero vivir", "ya no quiero vivir", "ya no kiero vivir"),
        ("mi amiga dice q se quiere morir", "se quiere morir", "se quiere morir"),
    ],
)
def test_spanish_text_speak_is_read_out_and_the_match_points_at_what_the_student_wrote(
    library, text, term, written
):
    found = [m for m in scan_post(library, text) if m.entry.term == term]
    assert found, text
    assert text[found[0].start : found[0].end] == written == found[0].text


def test_accents_and_enye_are_matched_however_they_are_typed(library):
    assert "ojalá estuviera muerta" in terms(library, "ojala estuviera muerta")
    assert "únete al estado islámico" in terms(library, "UNETE AL ESTADO ISLAMICO")


def test_an_innocent_spanish_phrase_is_not_flagged(library):
    for text in (
        "Me corté el pelo ayer y me gusta",
        "Comí un cono de helado en la playa",
        "Compré una pistola de agua para el verano",
        "La violación de las normas del club tiene consecuencias",
        "Mañana vamos al cine con mis primos",
    ):
        assert terms(library, text) == set(), text


def test_the_language_comes_from_the_locale_when_it_says_spanish():
    assert post_language("ok see you", "es-MX") == "es"
    assert post_language("ok see you", "en") == "en"


def test_the_language_is_detected_from_common_words_when_the_locale_is_silent():
    assert post_language("no quiero ir a la escuela mañana") == "es"
    assert post_language("I don't want to go to school tomorrow") == "en"
    assert post_language("xq nadie me escucha") == "es"
    # Single letters are text-speak in both languages: they do not decide.
    assert post_language("k see u at 5") == "en"


def test_text_speak_is_not_read_in_an_english_post(library):
    # "x" would be "por" and "d" "de" in Spanish; an English post keeps its own words.
    text = "meet me at the d building x 2"
    assert scan_post(library, text) == library.scan(text)


def test_the_reading_maps_every_rewritten_word_back_to_its_place():
    text = "tb kiero q vengas"
    reading, spans = spanish_reading(text)
    assert reading == "también quiero que vengas"
    for start, end, original_start, original_end in spans:
        assert SPANISH_SPELLINGS[text[original_start:original_end]] == reading[start:end]


def test_staff_read_a_definition_in_their_language():
    definition = "Deseo de morir. [en] A wish to die."
    assert definition_in(definition, "es") == "Deseo de morir."
    assert definition_in(definition, "es-ES") == "Deseo de morir."
    assert definition_in(definition, "en") == "A wish to die."
    assert definition_in(definition, None) == "A wish to die."
    assert definition_in("An English definition.", "es") == "An English definition."


def test_a_long_spanish_post_full_of_text_speak_points_every_match_at_its_own_words(library):
    text = "me kiero matar xq nadie me kiere. " * 80
    found = [m for m in scan_post(library, text) if m.entry.term == "me quiero matar"]
    assert len(found) == READ_PER_KIND  # its first ones: the match budget
    assert {m.text for m in found} == {"me kiero matar"}
    assert all(text[m.start : m.end] == m.text for m in found)
