"""Ms Haddad vents in the staff forum on a Sunday night: "Ofsted nearly killed me", "This week's
observations nearly killed me", and her colleague in Seville writes "esta evaluación me va a
matar". What wears teachers out (marking, reports, Ofsted, observations, mocks, la evaluación,
las correcciones, el claustro) is a thing blamed, as homework and exams are for students: the
violent word is no flag. A wish to die blamed on it is recorded one level lower, as for a
student, so a critical one is still held; a person who will do it stays a concern."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Ofsted nearly killed me, I slept for eleven hours on Saturday.",
        "This week's observations nearly killed me.",
        "Esta evaluación me va a matar, llevo tres noches sin dormir.",
        "Las correcciones del trimestre me están matando.",
        "Este calor me va a matar, el aula está a treinta grados.",
    ],
)
def test_a_teachers_workload_blamed_raises_nothing(post):
    assert worst(post) == 0


def test_a_wish_to_die_blamed_on_marking_is_one_level_lower_and_still_held():
    assert worst("Marking makes me want to die.") == HOLD


def test_a_person_who_will_do_it_stays_flagged():
    assert worst("Ese chico de 4º me va a matar, me ha amenazado en el pasillo.") >= 1


def test_a_wish_beside_a_workload_it_is_not_blamed_on_stays_critical():
    assert worst("Ofsted is coming and I want to kill myself.") == 4
