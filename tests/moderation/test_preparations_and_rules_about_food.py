"""A fourth round, read as a safeguarding lead reads: a will written, things given away, rules
about what may be eaten, a goal weight, money for running for a gang, a threat to be taken
abroad, messages to delete, a group wished locked up, a conspiracy about a faith. Each reaches
staff; a vegetarian, a last will in a history lesson and a cross-country race do not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "my cousin is in a gang and says i can make money running for them",
        "dad keeps threatening to take me abroad and leave me there",
        "gay people make me sick they should be locked up",
        "jews are behind all the wars everyone knows",
        "hoy regale todas mis cosas a mis amigas",
        "me dijo q borre los mensajes para q mi mama no se entere",
        "un tipo me manda fotos de su pene y no lo conozco",
        "mi ex dice q va a filtrar mis fotos si no vuelvo con el",
        "mi primo esta en una banda y dice q puedo ganar dinero llevando cosas",
    ],
)
def test_exploitation_secrecy_and_hate_are_held(post):
    assert worst(post) >= HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "i wrote my will today lol",
        "i only let myself have black coffee and gum now",
        "my mum drinks every night and hits the wall and screams",
        "solo tomo cafe y chicle para no comer",
        "mi peso meta son 40 kilos",
        "alguien sabe donde conseguir pastillas",
    ],
)
def test_a_will_a_rule_about_food_or_a_parent_drinking_reaches_staff(post):
    assert worst(post) > 0, post


@pytest.mark.parametrize(
    "post",
    [
        "soy vegetariana y me cuesta no comer carne",
        "in history we read the king's last will and testament",
        "i'm running for the school in the cross country on friday",
    ],
)
def test_a_vegetarian_a_kings_will_and_a_race_are_no_flag(post):
    assert worst(post) == 0, post
