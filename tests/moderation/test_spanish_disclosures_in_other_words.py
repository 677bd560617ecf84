"""A Spanish-speaking student discloses harm in words the Spanish libraries held another way.

The libraries held "soy una carga", "odio mi cuerpo", "no he comido en días", "no le digas a
tus padres" and "publicar mis fotos"; the posts below say the same thing as students write it,
and reached nobody.
"""

import pytest

from tests.moderation.starter_library import HOLD, worst

# Written for the project: (post, the least severity a lead would want).
DISCLOSED = [
    ("me siento una carga para todos", HOLD),
    ("no como desde hace días y nadie se da cuenta", HOLD),
    ("llevo dias sin comer", HOLD),
    ("un señor de internet me dijo que no se lo cuente a mis padres", HOLD),
    ("me amenazó con pasar mis fotos a todo el instituto", HOLD),
    ("me da asco mi cuerpo", 2),
]

EVERYDAY = [
    "me voy a pasar mis fotos del viaje al ordenador",
    "la carga de la mochila es demasiado pesada",
    "no como carne desde el verano, soy vegetariana",
]


@pytest.mark.parametrize(("post", "least"), DISCLOSED)
def test_a_spanish_disclosure_in_a_students_words_reaches_staff(post, least):
    assert worst(post) >= least, post


@pytest.mark.parametrize("post", EVERYDAY)
def test_the_same_words_in_everyday_spanish_raise_nothing(post):
    assert worst(post) == 0, post
