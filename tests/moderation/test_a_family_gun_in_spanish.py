"""A student writes in Spanish that a relative's gun is within reach ("el rifle de mi tío está en
el garaje", "mañana traigo la escopeta de mi padre"): access to a family member's gun, a risk
factor for suicide and for an attack, held as "my uncle's shotgun" is in English. A water pistol,
a gun in a video game and a weapon in a figure of speech are no flag."""

import pytest

from tests.moderation.starter_library import HOLD, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "el rifle de mi tío está en el garaje y sé dónde guarda las balas",
        "mañana traigo la escopeta de mi padre al insti",
        "a veces cojo la pistola de mi padrastro cuando no está",
        "la escopeta de mi abuelo sigue cargada en el armario",
    ],
)
def test_a_relatives_gun_within_reach_is_held(post):
    assert worst_in(post, "violence") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "la pistola de agua de mi hermano es enorme",
        "la escopeta de mi padre en fortnite es la mejor",
        "el arma de mi abuelo era la palabra, decía mi madre",
    ],
)
def test_a_water_pistol_a_game_and_a_figure_of_speech_are_no_flag(post):
    assert worst_in(post, "violence") == 0
