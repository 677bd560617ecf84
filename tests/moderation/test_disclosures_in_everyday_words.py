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
        "i've been self harming again",
        "i keep hitting myself when i get angry",
        "he showed me his private parts on the bus",
        "my uncle makes me keep secrets",
        "i'm being forced to marry my cousin",
        "my parents are taking me abroad to get married in the summer",
        "they said if i don't sell for them they'll hurt my family",
        "my boyfriend hit me last night",
        "he won't let me see my friends anymore",
        "someone keeps following me home from school",
        "he recorded us without asking and posted it",
        "someone spiked my drink at the party",
        "he sent me a manifesto and said to read it before it happens",
        "i think the shooter was a hero",
        "no tengo ganas de vivir",
        "mis padres me obligan a casarme",
        "mi novio no me deja ver a mis amigas",
        "me drogo antes de ir al insti",
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
        "we read the party manifesto for the election in citizenship",
        "i hit myself on the door this morning lol",
    ],
)
def test_the_same_words_in_an_everyday_sense_are_no_flag(post):
    assert not reaches_staff(post), post
