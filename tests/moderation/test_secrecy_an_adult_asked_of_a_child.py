"""Ms Boateng, a teaching assistant, asks the staff forum whether she should say something: a
colleague drives a Year 9 boy home and told him not to tell anyone. Secrecy an adult asked of a
child, told by someone else, is held for the safeguarding lead, in English and in Spanish. A
child who asks a teacher not to tell their parents (a pupil coming out, say) asks for
discretion, which is no grooming."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "The new coach texts one of our Year 8s at night and told him not to tell his mum.",
        "Apparently the tutor calls it their little secret when he buys her lunch.",
    ],
)
def test_secrecy_an_adult_asked_of_a_child_is_held(post):
    assert worst(post) >= HOLD


def test_the_same_secrecy_told_in_spanish_is_flagged():
    assert worst("Un monitor le escribe a un alumno de primero y le dice que no se lo cuente.") >= 2


def test_a_child_asking_a_teacher_for_discretion_is_no_flag():
    assert worst("A Year 11 came out to me and asked me not to tell her parents yet.") == 0
