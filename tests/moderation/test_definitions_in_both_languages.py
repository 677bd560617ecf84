"""Every starter keyword tells staff what it means in English and in Spanish: an English entry's
definition is its English, then "[es]", then the Spanish; a Spanish entry's is its Spanish, then
"[en]", then the English. A lead reads the part in their own language (`definition_in`)."""

from __future__ import annotations

import pytest

from moderation.engine import load_entries
from moderation.keywords.starter import starter_libraries
from moderation.scanning.spanish import ENGLISH_GLOSS, SPANISH_GLOSS, definition_in

ENGLISH_LIBRARY = (
    "A wish to die: follow up the same day. [es] Deseo de morir: haga el seguimiento el mismo día."
)
SPANISH_LIBRARY = "Deseo de morir. [en] A wish to die."


@pytest.mark.parametrize("language", ["es", "es-MX", "es_419", "ES"])
def test_a_spanish_reader_reads_the_spanish_part_of_either_librarys_definition(language):
    assert definition_in(ENGLISH_LIBRARY, language) == (
        "Deseo de morir: haga el seguimiento el mismo día."
    )
    assert definition_in(SPANISH_LIBRARY, language) == "Deseo de morir."


@pytest.mark.parametrize("language", ["en", "en-GB", None, "", "fr"])
def test_anyone_else_reads_the_english_part(language):
    assert definition_in(ENGLISH_LIBRARY, language) == "A wish to die: follow up the same day."
    assert definition_in(SPANISH_LIBRARY, language) == "A wish to die."


def test_a_definition_typed_in_one_language_is_shown_to_everyone_as_it_is():
    assert definition_in("An insult.", "es") == "An insult."
    assert definition_in("Un insulto.", "en") == "Un insulto."


ENGLISH_LIBRARIES = [lib for lib in starter_libraries() if not lib.name.endswith("_es")]


@pytest.mark.parametrize("library", ENGLISH_LIBRARIES, ids=lambda lib: lib.name)
def test_every_entry_of_an_english_library_has_its_spanish(library):
    name = library.name
    missing = []
    for entry in load_entries(library.path):
        english, marker, spanish = entry.definition.partition(SPANISH_GLOSS)
        if not (marker and english.strip() and spanish.strip()) or ENGLISH_GLOSS in spanish:
            missing.append(entry.term)
        elif SPANISH_GLOSS in spanish or spanish.strip() == english.strip():
            missing.append(entry.term)
    # An entry added without it: write its Spanish after " [es] " (moderation/libraries/README.md).
    assert missing == [], f"{name}: {len(missing)} entries without their Spanish"


def test_every_entry_of_a_spanish_library_has_its_english():
    for library in starter_libraries():
        if not library.name.endswith("_es"):
            continue
        for entry in load_entries(library.path):
            spanish, marker, english = entry.definition.partition(ENGLISH_GLOSS)
            assert marker and spanish.strip() and english.strip(), (library.name, entry.term)
            assert SPANISH_GLOSS not in entry.definition, (library.name, entry.term)
