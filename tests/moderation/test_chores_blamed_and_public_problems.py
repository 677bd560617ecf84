"""A student tweets "this traffic makes me want to die" and "that exam was so bad I wanted to
die": a chore blamed for a wish to die is hyperbole as often as not, so it is recorded one level
lower (still held, never critical), while "my life makes me want to die" and "he makes me want
to die" stay critical. "stuck in traffic for two hours, kill me" and "another training day,
shoot me now" are pleas thrown after a chore: no flag, but "i hate my life, kill me" and "he is
coming over tonight, kill me" are read as before. "I'm going to kill myself laughing" is
laughing, recorded one level lower like "lol". A teacher's "Men's suicide is a silent
epidemic" is the news's way of naming a topic; "self harm is a problem again" is someone's
history."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, top_reading, worst

CRITICAL = 4


@pytest.mark.parametrize(
    "post",
    [
        "this traffic makes me want to die",
        "the spoilers for the finale made me want to end it all",
        "that exam was so bad I wanted to die",
        "this maths homework is making me suicidal",
    ],
)
def test_a_chore_blamed_for_a_wish_to_die_is_recorded_lower_and_never_critical(post):
    severity, label = top_reading(post)
    assert 1 <= severity < CRITICAL and label == "joking"


def test_a_chore_blamed_for_a_critical_wish_is_still_held():
    assert worst("this traffic makes me want to die") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "my life makes me want to die",
        "everything makes me want to die",
        "he makes me want to die",
        "my dad makes me want to kill myself",
        "this world makes me want to die",
        "this pain is so bad i want to die",
    ],
)
def test_a_life_a_person_or_pain_blamed_stays_critical(post):
    assert worst(post) == CRITICAL


@pytest.mark.parametrize(
    "post",
    [
        "stuck in traffic for two hours, kill me",
        "Another training day on data protection, shoot me now.",
        "maths test tomorrow, someone kill me",
    ],
)
def test_a_plea_after_a_chore_is_no_flag(post):
    assert worst(post) == 0


def test_killing_oneself_laughing_is_recorded_lower_and_never_critical():
    severity, label = top_reading("I'm going to kill myself laughing at this video")
    assert 1 <= severity < CRITICAL and label == "joking"


@pytest.mark.parametrize(
    "post",
    [
        "kill me",
        "i hate my life, kill me",
        "he is coming over tonight, kill me",
        "my stepdad is home early, kill me",
        "i want to kill myself, they are laughing at me",
    ],
)
def test_a_plea_with_despair_or_a_person_in_it_is_still_recorded(post):
    assert worst(post) >= 2


@pytest.mark.parametrize(
    "post",
    [
        "Men's suicide is a silent epidemic, check on your friends.",
        "Suicide is the leading cause of death for young people in this country.",
        "Self-harm is rising among girls, the report says.",
    ],
)
def test_a_topic_named_as_a_public_problem_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "self harm is a problem again",
        "self harm is a problem for me",
        "suicide is the solution to my problems",
        "self harm is a problem i cant stop",
    ],
)
def test_a_problem_that_is_someones_own_is_still_held(post):
    assert worst(post) >= HOLD
