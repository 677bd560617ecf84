"""A student asks whether an amount of a medicine would kill them: "if i took 20 paracetamol
would i die", "¿cuántas pastillas hacen falta para morir?". The library names the question in
its own words ("how many pills would kill", test_a_lethal_dose_asked_about.py); put as a number
and a medicine it was no flag at all: the bare medicine word counts only where a reader raises
it, and the overdose told as a count raises only the writer's own past "took".
A lethal dose asked about is held (3) for a lead to check, as the library's own question is; a
dose for a headache, a small count, someone else, a joke or a question long ago are not raised."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst_in

ASKED = [
    "if i took 20 paracetamol would i die",
    "if i take 30 ibuprofen will i die",
    "if i swallowed a whole box of pills would it kill me",
    "if i took like fifteen tablets would that be enough to die",
    "cuantas pastillas hacen falta para morir",
    "¿cuántas pastillas hacen falta para morir?",
    "cuantas pastillas me tengo que tomar para no despertar",
    "si me tomo 20 pastillas me muero?",
]

NOT_ASKED = [
    "how many paracetamol can i take for a headache",
    "if i took 2 paracetamol would i die",
    "cuantas pastillas de paracetamol me tomo para el dolor",
    "how many tablets in a box of paracetamol",
    "si me tomo 20 pastillas me muero de sueño jaja",
    "if i took 20 paracetamol would i die lol",
    "back in year 8 i asked how many paracetamol would be enough to die",
]


@pytest.mark.parametrize("post", ASKED)
def test_a_lethal_dose_asked_about_is_held_for_a_lead(post):
    assert worst_in(post, "self_harm") >= HOLD


@pytest.mark.parametrize("post", NOT_ASKED)
def test_a_dose_a_joke_or_the_past_is_not_raised(post):
    assert worst_in(post, "self_harm") < HOLD
