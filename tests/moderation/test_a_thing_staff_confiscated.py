"""Teachers write on their forum about what they took off pupils: "confiscated two vapes in
the toilets before period 3", "a lighter was confiscated at the gate", or whose desk it is on
now: "head of year is dealing with it". The thing is in staff hands: a low word (a vape, a
knife, a lighter) is no flag, a high one is recorded two levels lower, as a concern passed on
is. Never the writer's own thing ("they confiscated my vape"),
nor one with a use still to come in its sentence."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Confiscated two vapes in the Year 10 toilets before period 3, I'm exhausted.",
        "I confiscated a lighter and a vape from a Year 9 at break.",
        "A craft knife was confiscated from a Year 7 who had brought it for art.",
        "We confiscated three vapes in one lesson, is that a record?",
    ],
)
def test_a_low_thing_confiscated_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "they confiscated my vape so i'm buying another off my plug",
        "sir confiscated my knife but i've got another one at home",
        "sir confiscated the vape i was selling at lunch",
        "they confiscated a knife off me but i'll bring a bigger one tomorrow",
        "they confiscated the knife he was planning to use on me",
        "the head confiscated a knife from jake who said he'll stab someone tomorrow",
        "i need a new vape, mine got confiscated",
    ],
)
def test_a_thing_still_the_writers_or_still_meant_is_flagged(post):
    assert worst(post) >= 1


@pytest.mark.parametrize(
    "post",
    [
        "Found two Year 8s sharing a vape behind the science block, head of year is dealing "
        "with it.",
        "A Year 10 had weed in his blazer pocket this morning, head of year is dealing with it.",
        "Two girls were sharing a vape in the library, the tutor is dealing with it.",
    ],
)
def test_a_low_thing_staff_are_dealing_with_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "i vape every day and nobody is dealing with it",
        "the police are dealing with it but he still says he'll stab me",
    ],
)
def test_dealing_with_it_said_by_a_student_is_still_flagged(post):
    assert worst(post) >= 2
