"""A Spanish library writes a reflexive verb as its dictionary does ("unirse a la yihad"); a
student says it of themselves or to a friend ("quiero unirme a la yihad", "vas a unirte"). Both
persons are read as the entry."""

from __future__ import annotations

import pytest

from moderation.scanning.forms import reflexive_forms
from tests.moderation.starter_library import worst_in


@pytest.mark.parametrize(
    "post",
    ["quiero unirme a la yihad cuando sea mayor", "deberías unirte a la yihad hermano"],
)
def test_joining_an_armed_struggle_said_in_the_first_or_second_person_is_held(post):
    assert worst_in(post, "extremism") >= 3, post


def test_a_reflexive_gets_its_first_and_second_person():
    assert reflexive_forms("unirse a la yihad") == ["unirme a la yihad", "unirte a la yihad"]
    assert reflexive_forms("base de datos") == []
