"""A student tells of a friend's self-harm or suicide attempt ("my mate cut himself again",
"she tried to kill herself", "mi amiga se corta los brazos", "intentó ahorcarse"): self-harm,
held for a lead (high), but not at the critical that the writer's own intent is held at, since
it is told of someone else and after the fact. A cut by accident ("cut himself shaving", "se
cortó con el cuchillo haciendo la cena") and "killed himself laughing" are no flag."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _self_harm(post: str) -> int:
    found = scan_post(STARTER, post)
    return max((m.severity for m in found if m.category == "self_harm"), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "my mate cut himself again at the weekend, i saw it",
        "my sister's friend tried to kill herself, everyone's talking about it",
        "i think they're cutting themselves, they won't wear short sleeves",
        "he overdosed on friday, is it my fault",
        "jake keeps hurting himself and won't talk to anyone",
        "mi amiga se corta los brazos desde el verano",
        "mi compañero se cortó las venas el finde",
        "su hermana se tomó todas las pastillas que había en casa",
        "mi primo intentó ahorcarse",
    ],
)
def test_a_friends_self_harm_is_held_as_self_harm_not_critical(post):
    assert _self_harm(post) == 3


@pytest.mark.parametrize(
    "post",
    [
        "my dad cut himself shaving this morning and bled everywhere",
        "she cut herself on the broken glass in the car park",
        "he cut himself a massive slice of cake",
        "my grandad nearly killed himself laughing at my school photo",
        "mi hermano se cortó con el cuchillo haciendo la cena",
        "mi amiga se corta el pelo cada mes",
        "se tomó todas las pastillas que le recetó el médico y se curó",
    ],
)
def test_a_cut_by_accident_is_no_flag(post):
    assert _self_harm(post) == 0
