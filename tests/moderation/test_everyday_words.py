"""Everyday words: an informational topic word (a weapon, a drug) is a flag only when the words
around it tie it to a person; history, news, sport and kitchens use it without one."""

from __future__ import annotations

import pytest

from moderation.engine import Entry, compile_library
from moderation.scanning.context import THREAT
from tests.moderation.starter_library import STARTER

LIBRARY = compile_library(
    [
        Entry("knife", "violence", 1, "Bladed weapon: an everyday word."),
        Entry("stab", "violence", 1, "To wound with a blade: an everyday word."),
        Entry("cocaine", "drugs", 1, "Stimulant drug: an everyday word."),
        Entry("weed", "drugs", 2, "Cannabis slang: low, always recorded."),
        Entry("damn", "profanity", 1, "Mild swear word."),
        Entry("asesin", "violence", 1, "Asesinar, asesino: an everyday word.", mode="prefix"),
    ]
)


def found(text: str) -> list[tuple[str, int]]:
    return [(m.entry.term, m.severity) for m in LIBRARY.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The knights were stabbed with spears in the painting we studied.",
        "Dice the carrots with a small knife and add them to the soup.",
        "Border guards found cocaine hidden inside a lorry of pineapples.",
        "Sharks stab at their food with rows of teeth.",
    ],
)
def test_a_history_news_or_kitchen_sentence_raises_nothing(text):
    assert found(text) == []


def test_a_student_who_says_they_carry_a_knife_is_recorded_high():
    # carrying a weapon is the writer's own: a check-in today, not a line for the record
    assert found("i carry a knife on the way home") == [("knife", 3)]


def test_a_knife_that_belongs_to_the_writer_is_recorded():
    assert found("someone took my knife from the art room") == [("knife", 1)]


def test_a_blade_aimed_at_a_person_is_recorded_low():
    assert found("a boy on the bus stabbed me with a pencil") == [("stab", 2)]


def test_a_threat_with_an_everyday_word_is_held_high():
    (match,) = LIBRARY.scan("i'm going to stab you tomorrow")
    assert (match.context, match.severity) == (THREAT, 3)


def test_a_negated_everyday_word_is_no_flag():
    assert found("i would never carry a knife") == []
    assert LIBRARY.scan("i have never touched cocaine") == []


def test_the_word_alone_is_recorded_since_nothing_says_it_is_neutral():
    assert found("knife") == [("knife", 1)]
    assert found("💀 cocaine 💀") == [("cocaine", 1)]


def test_a_clause_that_leaves_the_i_out_is_the_writers_own():
    assert found("tried cocaine at a party on saturday") == [("cocaine", 1)]


def test_a_disguised_spelling_in_a_personal_post_is_still_recorded():
    assert found("i have a kn1fe") == [("knife", 1)]


def test_a_swear_word_is_recorded_whoever_it_is_about():
    assert found("The bus was late again, damn.") == [("damn", 1)]


def test_a_low_word_is_recorded_in_any_context():
    assert found("The shop on the corner sells weed, apparently.") == [("weed", 2)]


def test_a_spanish_film_review_with_a_murderer_raises_nothing():
    assert found("El asesino de la película llevaba una máscara blanca.") == []


def test_a_spanish_threat_with_the_pronoun_joined_to_the_verb_is_held():
    (match,) = LIBRARY.scan("mañana voy a asesinarte")
    assert (match.context, match.severity) == (THREAT, 3)


@pytest.fixture(scope="module")
def starter():
    # as the benchmark reads the starter libraries (moderation.bench.precision's starter_entries
    # is the starter libraries' own, the one tests/moderation/starter_library.py compiles)
    return STARTER


@pytest.mark.parametrize(
    "post",
    [
        "Our head of department wants us to purge the old worksheets from the shared drive.",
        "We tried a lean approach to lesson planning and it saved hours.",
        "How do you talk to Year 8 about vaping without making it sound cool?",
        "The museum trip covered the Blitz, when London was bombed night after night.",
    ],
)
def test_a_teachers_post_with_a_homonym_or_topic_word_raises_nothing(starter, post):
    assert starter.scan(post) == []


def test_a_student_who_says_they_vape_or_purge_is_still_recorded(starter):
    assert [m.entry.term for m in starter.scan("been vaping since year 8 and cant stop")] == [
        "vaping"
    ]
    assert [m.entry.term for m in starter.scan("i purge after every meal")] == ["purge"]


def test_a_mild_insult_pointed_at_someone_is_recorded_but_the_topic_name_is_not(starter):
    assert [m.entry.term for m in starter.scan("ugh these hoes are so fake")] == ["hoe"]
    assert [m.entry.term for m in starter.scan("what a weirdo, seriously")] == ["weirdo"]
    assert starter.scan("Cyberbullying is repeated unkindness online.") == []


def test_text_speak_gives_the_critical_reading_over_an_everyday_word_inside_it(starter):
    from moderation.scanning.spanish import scan_post

    post = "ya no aguanto, me kiero matar"
    found = [(m.entry.term, post[m.start : m.end]) for m in scan_post(starter, post)]
    assert ("me quiero matar", "me kiero matar") in found
    assert all(term != "matar" for term, _ in found)


def test_the_losing_side_in_a_spanish_match_report_is_no_insult(starter):
    assert starter.scan("El equipo perdedor felicitó al ganador al final.") == []
    assert [m.entry.term for m in starter.scan("eres un perdedor, nadie te quiere aquí")][:1] == [
        "perdedor"
    ]


def test_asking_for_a_drug_is_recorded_but_a_question_about_the_topic_is_not(starter):
    assert [m.entry.term for m in starter.scan("anyone selling vapes near school?")] == ["vapes"]
    assert starter.scan("How do we teach Year 9 about cannabis without glamorising it?") == []
    assert starter.scan("Police found cannabis in the boot of the car.") == []
