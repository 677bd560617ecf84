"""A safeguarding lead reads each match with a context label, and its severity moves with it.

The sentences are written for the project; each pins one kind of context, not one example.
"""

from __future__ import annotations

import pytest

from moderation.engine import Entry
from moderation.scanning.context import (
    COUNTER,
    HYPOTHETICAL,
    JOKING,
    LABELS,
    NEGATED,
    OTHER,
    PLAIN,
    QUESTION,
    QUOTED,
    SELF,
    SENSE,
    SEVERITY_RULES,
    THREAT,
    adjusted_severity,
    describe,
    label_match,
)


def read(text: str, term: str, category: str, severity: int) -> tuple[str, int]:
    start = text.lower().index(term)
    entry = Entry(term=term, category=category, severity=severity, definition="for staff")
    return label_match(text, start, start + len(term), entry)


@pytest.mark.parametrize(
    "text",
    [
        "I'm so tired of everything and I want to die",
        "honestly i wanna kill myself tonight",
        "should i just kill myself?",
        "I can't stop thinking about killing myself",
        "me quiero morir ya",
    ],
)
def test_a_first_person_wish_to_die_stays_critical(text):
    term = next(t for t in ("want to die", "kill myself", "killing myself", "morir") if t in text)
    assert read(text, term, "self_harm", 4) == (SELF, 4)


@pytest.mark.parametrize(
    "text, term",
    [
        ("i dont want to die, i want to get better", "want to die"),
        ("I'd never kill myself, my mum would be heartbroken", "kill myself"),
        ("Don't lie to your parents about where you are", "lie to your parents"),
        ("no quiero morir, quiero ayuda", "morir"),
    ],
)
def test_a_negated_match_is_recorded_two_levels_lower_not_dropped(text, term):
    category = "grooming" if "parents" in term else "self_harm"
    label, severity = read(text, term, category, 4)
    assert label == NEGATED
    assert severity == 2


def test_a_negation_in_another_clause_does_not_cancel_a_wish_to_die():
    label, severity = read("I'm not ok. I want to die", "want to die", "self_harm", 4)
    assert (label, severity) == (SELF, 4)
    label, severity = read("it's not fair but i want to die", "want to die", "self_harm", 4)
    assert (label, severity) == (SELF, 4)


def test_a_slur_someone_else_used_about_the_writer_is_recorded_as_reported_speech():
    assert read("he called me a retard in front of everyone", "retard", "hate", 3) == (QUOTED, 2)


def test_counter_speech_against_a_slur_is_recorded_two_levels_lower():
    assert read("saying retard is wrong and hurtful", "retard", "hate", 3) == (COUNTER, 1)
    assert read("using retard as an insult is not ok", "retard", "hate", 3) == (COUNTER, 1)
    assert read("Saying kys is never a joke", "kys", "bullying", 4) == (COUNTER, 2)


def test_a_friends_reported_wish_to_die_keeps_its_severity():
    # Reported speech lowers slurs and insults only: a friend in danger is a concern as it is.
    assert read("my friend said she wants to die", "wants to die", "self_harm", 4) == (QUOTED, 4)
    assert read("mi amiga dice q se quiere morir", "se quiere morir", "self_harm", 3)[1] == 3


def test_asking_is_the_concern_in_grooming_so_a_question_is_not_lowered():
    assert read("you're so mature, are you home alone?", "are you home alone", "grooming", 3) == (
        QUESTION,
        3,
    )
    assert read("why did the kkk burn crosses?", "kkk", "extremism", 2) == (QUESTION, 1)


def test_a_threat_is_a_threat_even_after_words_about_what_someone_said():
    assert read("if he says that again i will stab him", "stab", "violence", 2) == (THREAT, 3)


def test_words_in_quotation_marks_are_quoted_but_apostrophes_are_not_quotes():
    assert read('somebody wrote "kys" on my locker', "kys", "bullying", 4) == (QUOTED, 3)
    assert read("they put \u201ckys\u201d under my photo", "kys", "bullying", 4)[0] == QUOTED
    assert read("it's true, kys", "kys", "bullying", 4)[0] != QUOTED
    # the typewriter's `quote' marks a mention as well
    assert read("they scrawled `kys' on the bus shelter", "kys", "bullying", 4)[0] == QUOTED


def test_asking_what_a_word_means_is_a_mention_not_a_use():
    assert read("what does kys mean?", "kys", "bullying", 4)[0] == QUOTED


@pytest.mark.parametrize(
    "text",
    ["what if I killed myself", "if i killed myself would anyone notice", "si me matara"],
)
def test_a_hypothetical_is_one_level_lower_and_so_still_held_at_the_default(text):
    term = "matara" if "matara" in text else "killed myself"
    assert read(text, term, "self_harm", 4) == (HYPOTHETICAL, 3)


def test_a_question_about_something_else_is_one_level_lower():
    assert read("do you think the knife in chapter 3 is a symbol?", "knife", "violence", 2) == (
        QUESTION,
        1,
    )


def test_neutral_violence_vocabulary_stays_low_in_history_and_sport():
    # told as history with no one of the writer's in it: no match at all
    assert read("The bomb fell on Hiroshima in 1945.", "bomb", "violence", 2) == (SENSE, 0)
    assert read("the starting gun went off and we ran", "gun", "violence", 2)[1] == 2


def test_a_threat_context_raises_neutral_violence_vocabulary():
    assert read("i'm going to shoot you after practice", "shoot", "violence", 2) == (THREAT, 3)
    assert read("I will stab him tomorrow", "stab", "violence", 2) == (THREAT, 3)


def test_a_threat_against_a_school_or_everyone_is_critical():
    assert read("im gonna bring a gun to school monday", "gun", "violence", 2) == (THREAT, 4)
    assert read("i'll shoot everyone in this class", "shoot", "violence", 2) == (THREAT, 4)


def test_a_threat_reading_applies_only_to_violence_and_bullying():
    label, _ = read("i will get you some weed", "weed", "drugs", 2)
    assert label != THREAT


def test_an_insult_aimed_at_someone_is_about_someone_else():
    assert read("you are such a retard", "retard", "hate", 3) == (OTHER, 3)


def test_every_label_has_a_rule_and_a_sentence_for_staff():
    assert set(LABELS) == set(SEVERITY_RULES)
    for label in LABELS:
        assert describe(label)
    assert describe("unknown") == describe(PLAIN)


def test_severity_never_leaves_one_to_four():
    for label in LABELS:
        for severity in (1, 2, 3, 4):
            assert 1 <= adjusted_severity(severity, label) <= 4


def test_context_is_read_near_the_match_only_so_a_long_post_costs_the_same():
    far = "no " * 5000
    text = far + ". i want to die"
    start = text.index("want to die")
    entry = Entry(term="want to die", category="self_harm", severity=4)
    assert label_match(text, start, start + 11, entry) == (SELF, 4)


def test_a_post_that_repeats_itself_is_labelled_from_a_cache_and_says_the_same():
    text = "i will kill you. " * 200
    entry = Entry(term="kill", category="violence", severity=2)
    labels = {
        label_match(text, at, at + 4, entry) for at in range(7, len(text), len("i will kill you. "))
    }
    assert labels == {(THREAT, 3)}


def test_quotes_parentheses_and_brackets_end_a_clause():
    assert read("(i'm not ok) i want to die", "want to die", "self_harm", 4) == (SELF, 4)
    assert read("[not really] i want to die", "want to die", "self_harm", 4) == (SELF, 4)


@pytest.mark.parametrize(
    "text",
    ["i want to die lol this is so embarrassing", "hahaha i want to die", "i want to die 😂"],
)
def test_laughter_beside_a_wish_to_die_is_one_level_lower_and_still_held(text):
    assert read(text, "want to die", "self_harm", 4) == (JOKING, 3)


def test_laughter_never_softens_a_slur():
    assert read("you're such a retard lol", "retard", "hate", 3)[1] == 3


def test_a_condition_after_the_match_makes_it_hypothetical():
    assert read("im gonna kill myself if i fail maths", "kill myself", "self_harm", 4) == (
        HYPOTHETICAL,
        3,
    )


def test_an_entry_written_as_a_condition_is_not_lowered_again_for_its_own_if():
    assert read("no one would notice if i died", "if i died", "self_harm", 3) == (PLAIN, 3)


@pytest.mark.parametrize(
    "text",
    [
        "everyone says you should kill yourself",
        "they all said u should just kys",
        "people are saying you need to kill yourself",
    ],
)
def test_a_report_aimed_at_the_reader_is_an_attack_not_a_quote(text):
    term = "kys" if "kys" in text else "kill yourself"
    label, severity = read(text, term, "bullying", 4)
    assert label != QUOTED and severity == 4
