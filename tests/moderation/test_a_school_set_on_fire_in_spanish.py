"""A student writes in Spanish that they will burn the school ("voy a quemar el insti", "le pego
fuego al colegio"): a threat against the place, held at critical, as "burn down the school" is.
Burning someone's house is held high. Calories burnt at the gym, a CD burnt for the trip or a
library burnt in a history lesson are no flag."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _violence(post: str) -> int:
    found = scan_post(STARTER, post)
    return max((m.severity for m in found if m.category == "violence"), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "el lunes quemo el insti y que se jodan todos",
        "os juro que voy a quemar la escuela",
        "un día de estos le voy a pegar fuego al colegio",
        "vamos a prenderle fuego al cole en la excursión de fin de curso",
    ],
)
def test_a_school_set_on_fire_in_spanish_is_critical(post):
    assert _violence(post) == 4


def test_a_house_to_be_burnt_is_held():
    assert _violence("como siga así le voy a quemar la casa") >= 3


@pytest.mark.parametrize(
    "post",
    [
        "después de navidad voy a quemar calorías en el gimnasio",
        "te voy a quemar un cd con la música del viaje",
        "en historia vimos por qué quemaron la biblioteca de alejandría",
        "se me quemó la tortilla y mi madre se enfadó",
    ],
)
def test_burning_that_is_no_threat_is_no_flag(post):
    assert _violence(post) == 0
