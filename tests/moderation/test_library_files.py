"""The starter libraries in moderation/libraries/: they load, they are complete, and they
never flag a student for saying who they are."""

from __future__ import annotations

import pytest

from moderation.engine import (
    MODES,
    SEVERITIES,
    dump_entries,
    load_entries,
    parse_entries,
)
from moderation.keywords.overlap import phrases_inside
from moderation.keywords.starter import LIBRARIES_DIR, starter_entries, starter_libraries
from tests.moderation.starter_library import STARTER

EXPECTED_LIBRARIES = {
    "bullying",
    "self_harm",
    "eating_disorders",
    "grooming",
    "sexting",
    "hate",
    "extremism",
    "violence",
    "drugs",
    "profanity",
}
# Each category also has a Spanish library, scanned beside the English one.
EXPECTED_LIBRARIES |= {f"{name}_es" for name in EXPECTED_LIBRARIES}

IDENTITY_SENTENCES = [
    "I am gay",
    "I'm gay and proud",
    "my friend is trans",
    "she is a trans woman",
    "he is transgender",
    "we are Muslim",
    "I'm Jewish",
    "my family is Jewish",
    "I am Black",
    "I'm a Black girl",
    "my brother is disabled",
    "I use a wheelchair",
    "I'm a lesbian",
    "she is bisexual",
    "they are non-binary",
    "I'm queer",
    "my mums are married",
    "I have two dads",
    "I am Christian",
    "we are Hindu",
    "my uncle is Sikh",
    "I'm Buddhist",
    "I am an atheist",
    "I'm Asian",
    "my dad is Chinese",
    "my mum is Pakistani",
    "I am Mexican",
    "I'm Arab",
    "we are Roma",
    "I'm a Traveller",
    "I am autistic",
    "I have ADHD",
    "I'm deaf",
    "my sister is blind",
    "I have dyslexia",
    "I'm an immigrant",
    "my parents are refugees",
    "I am Irish",
    "I'm mixed race",
    "I wear a hijab",
    "I wear a kippah to synagogue",
    "we go to the mosque on Fridays",
    "I'm intersex",
    "I am asexual",
    "my best friend came out as gay",
    "I'm proud to be Black and Muslim",
]

INNOCENT_SENTENCES = [
    "Our class went to Scunthorpe and Sussex on the bus.",
    "The assassin in the story had great skill.",
    "My therapist says grapes are a good snack.",
    "We made a fruit cocktail in food tech.",
]


@pytest.fixture(scope="module")
def starter():
    return STARTER


def test_the_manifest_lists_the_ten_starter_libraries_in_english_and_spanish():
    libraries = starter_libraries()
    assert {library.name for library in libraries} == EXPECTED_LIBRARIES
    for library in libraries:
        assert library.path.is_file(), library.path
        assert library.version >= 1 and library.title and library.description


@pytest.mark.parametrize("name", sorted(EXPECTED_LIBRARIES))
def test_every_starter_file_loads_with_valid_entries(name):
    entries = load_entries(LIBRARIES_DIR / f"{name}.csv")
    assert entries, name
    for entry in entries:
        assert entry.severity in SEVERITIES and entry.mode in MODES
        assert entry.definition.strip(), f"{name}: {entry.term!r} has no definition"


def test_the_starter_libraries_hold_at_least_600_entries():
    assert len(starter_entries()) >= 600


def test_the_starter_libraries_compile(starter):
    assert len(starter) == len(starter_entries())


@pytest.mark.parametrize("name", sorted(EXPECTED_LIBRARIES))
def test_export_then_import_gives_back_identical_entries(name, tmp_path):
    entries = load_entries(LIBRARIES_DIR / f"{name}.csv")
    exported = tmp_path / f"{name}.csv"
    dump_entries(entries, exported)
    assert load_entries(exported) == entries
    assert dump_entries(parse_entries(exported.read_text(encoding="utf-8"))) == dump_entries(
        entries
    )


@pytest.mark.parametrize("sentence", IDENTITY_SENTENCES)
def test_a_student_saying_who_they_are_matches_nothing(starter, sentence):
    assert [m.entry.term for m in starter.scan(sentence)] == []


@pytest.mark.parametrize("sentence", INNOCENT_SENTENCES)
def test_scunthorpe_sentences_match_nothing_in_the_starter_libraries(starter, sentence):
    assert [m.entry.term for m in starter.scan(sentence)] == []


def test_the_compiler_s_shortcut_for_plain_terms_agrees_with_the_normaliser():
    from moderation.bench.engine import synthetic_entries
    from moderation.engine import _normalize_term
    from moderation.scanning.normalize import normalize

    terms = [e.term for e in synthetic_entries(3000, base=starter_entries())]
    terms += [p for e in starter_entries() for p in e.exceptions]
    terms += ["k y s", "plan a b", "shhh", "Kill Yourself", "kill  you", " kill", "7th", "e"]
    assert [_normalize_term(t) for t in terms] == [normalize(t) for t in terms]


def test_no_phrase_reads_milder_than_a_phrase_inside_it():
    """The scanner keeps one reading per span, the longest entry's: a longer phrase at a lower
    severity would quietly lower every post with the shorter one ('wanna end it all' at high
    had hidden 'end it all' at critical)."""
    word_entries: dict[str, list] = {}
    for entry in starter_entries():
        if entry.mode == "word":
            word_entries.setdefault(entry.term.lower(), []).append(entry)
    lowered = [
        f"{entry.term!r} ({entry.severity}) < {inner.term!r}"
        for entry in starter_entries()
        if entry.mode == "word"
        for phrase in phrases_inside(entry.term)
        for inner in word_entries.get(phrase, ())
        if inner.severity > entry.severity
    ]
    assert lowered == []
