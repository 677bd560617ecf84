"""A Spanish student writes of a water pistol ("voy a traer una pistola de agua al cole" on the
last day of term) or a glue gun: Spanish names the toy after the weapon, so the weapon's
phrase matched first. What follows it makes it a toy or a tool. A gun brought to school, a
BB gun or a gun at home the student knows where to find keeps its reading."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "voy a traer una pistola de agua al cole el último día",
        "Sé dónde guarda la pistola de agua mi hermano pequeño.",
        "para plástica voy a traer una pistola de silicona",
    ],
)
def test_a_water_pistol_or_a_glue_gun_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "severity"),
    [
        ("voy a traer una pistola al cole", 4),
        ("voy a traer una pistola de balines al cole mañana", 4),
        ("sé dónde guarda la pistola mi padre", 3),
    ],
)
def test_a_real_gun_keeps_its_reading(post, severity):
    assert worst(post) == severity
