"""Read as a safeguarding lead reads: children disclose harm in everyday words, not in the
vocabulary of a policy. Each of these, written fresh, reaches staff; none did before the
libraries were reviewed for them."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def reaches_staff(text: str) -> bool:
    return any(m.severity > 0 for m in scan_post(STARTER, text))


@pytest.mark.parametrize(
    "post",
    [
        "my stepdad hits me when he gets back from the pub",
        "my mum's boyfriend hurts me",
        "honestly i'm scared to go home tonight",
        "there's no food at home again and nobody's been back since friday",
        "he keeps saying he'll leak my photos to everyone",
        "she said she would share my pics with the whole year",
        "i only eat 500 calories a day now",
        "they made a whole group chat just to laugh at me",
        "they keep calling me names on the bus",
        "i know where he lives and i'm going to hurt him",
        "a year 11 kid has been selling pills at school",
        "mi padrastro me pega cuando bebe",
        "me da miedo volver a casa",
        "un señor por internet me pide fotos",
        "me amenaza con publicar mis fotos si no le mando más",
        "anoche me tomé todas las pastillas",
        "en el grupo me dijeron que me mate",
        "mañana voy a llevar un cuchillo al instituto",
        "vomito después de comer casi siempre",
    ],
)
def test_an_everyday_disclosure_reaches_staff(post):
    assert reaches_staff(post), post


@pytest.mark.parametrize(
    "post",
    [
        "it hurts me to see the forests burning",
        "the sun hits me right in the eyes in maths",
        "la canción se me pega todo el día",
        "no como nada picante, me sienta fatal",
    ],
)
def test_the_same_words_in_an_everyday_sense_are_no_flag(post):
    assert not reaches_staff(post), post
