"""Two senses a story or a joke gives a word: a comedy word beside a violent one is the
comedy sense ("that joke killed me"), and words a narrator attributes to a named role after
the quote ('"How old are you?" asked the nurse') are reported, not said to the reader."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


@pytest.fixture(scope="module")
def library():
    return STARTER


def severities(library, text: str) -> dict[str, int]:
    return {m.entry.term: m.severity for m in scan_post(library, text)}


@pytest.mark.parametrize(
    "text",
    [
        "That joke killed me.",
        "The comedian was so funny he was killing me",
        "ur jokes are killing me",
    ],
)
def test_a_joke_that_kills_is_not_violence(library, text):
    assert severities(library, text) == {}


def test_a_denied_joke_leaves_a_wish_to_die_critical(library):
    assert severities(library, "this is not a joke, i want to kill myself") == {"kill myself": 4}
    assert severities(library, "no joke i want to die") == {"want to die": 4}
    assert severities(library, "this isnt a joke i want to die") == {"want to die": 4}
    assert severities(library, "not kidding, i want to die") == {"want to die": 4}


def test_a_question_a_narrator_gives_to_the_nurse_is_reported(library):
    assert severities(library, "How old are you? asked the nurse at the check-up.") == {}


def test_the_same_question_reported_of_a_stranger_is_still_recorded(library):
    assert "how old are you" in severities(library, "how old are you? asked this guy on insta")


def test_a_reported_grooming_question_keeps_its_severity(library):
    # Reported grooming is a concern whoever tells it: the attribution lowers only what
    # a mention may lower (insults, slurs) or sets aside an everyday word.
    found = severities(library, "are you home alone? asked the man in the car")
    assert found == {"are you home alone": 3}
