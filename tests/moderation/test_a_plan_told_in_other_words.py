"""A student tells a plan to die in words the libraries held only in part: the method with "the"
instead of "a", the sea, every tablet at once, letters written with a goodbye, belongings given
away before a day named, a goodbye post beside despair, "commit suicide" as a decision, and in
Spanish with the pronoun before the verb ("me voy a quitar la vida"). Each is the same-day
emergency a lead must see first: critical. The same words without a plan stay below it."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _worst(post: str, category: str = "self_harm") -> int:
    return max((m.severity for m in scan_post(STARTER, post) if m.category == category), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "gonna jump in front of the bus tomorrow morning, sorry mum",
        "im going to walk into the ocean after my shift and thats it",
        "got 40 of my nan's tablets, i'll take them all at once on sunday",
        "wrote letters for my brother and my best mate last night. kms. goodbye",
        "gave away all my things today, won't need them after saturday",
        "my goodbye post. i can't take it anymore, nobody would miss me",
        "i am going to commit suicide, i've thought about it for months",
        "el viernes me voy a quitar la vida, ya está decidido",
        "esta noche me voy a suicidar",
        "mañana me tomo todas las pastillas y se acabó",
        # the writer reports the note they wrote, and says they will carry it out
        "i wrote a letter for my family in case i go through with it",
        # an adult's words: a note beside despair, tablets saved with a day, a car and a bridge
        "Left a note on the kitchen table this morning. I can't go on.",
        "I have enough pills saved and I'll take them on Friday when my wife is at her mum's",
        "after my shift i'm going to drive off a cliff, sorry everyone",
    ],
)
def test_a_plan_in_other_words_is_critical(post):
    assert _worst(post) == 4, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post",
    [
        # a farewell to an app, or a time with nothing prepared
        "goodbye post: moving to the new account, follow me there",
        "bye everyone, off to spain for two weeks",
        "i wrote letters to the council about the bins tonight",
        "i wrote goodbye cards for my year 6 class",
        "we drove off the bridge and onto the ring road",
        # a method wondered at, never planned
        "sometimes i think about walking into the sea",
    ],
)
def test_the_same_words_without_a_plan_are_not_critical(post):
    assert _worst(post) < 4


@pytest.mark.parametrize(
    "post, category",
    [
        ("me he vuelto a cortar las piernas, no se lo digas a nadie", "self_harm"),
        ("back to restricting this week, i feel huge", "eating_disorders"),
        ("me meto los dedos para vomitar cada noche", "eating_disorders"),
        ("únete a la yihad, hermano, es tu deber", "extremism"),
    ],
)
def test_a_relapse_purging_and_a_call_to_jihad_are_held(post, category):
    assert _worst(post, category) >= 3


def test_a_beating_threatened_in_spanish_is_flagged():
    assert _worst("mañana en el recreo te reviento", "violence") >= 2
