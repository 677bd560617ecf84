"""Harm at home and despair, typed the way students type (no capitals, no apostrophes, "n" for
"and"): things thrown at them, a parent hit, no food, nowhere to go, a blade kept for bad
days, someone's sleeping pills taken. Each reaches staff; the same words about a ball, a
novel or a game do not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "my brother keeps hitting my mum and i dont know what to do",
        "mi hermano mayor le pega a mi madre",
        "ive got a blade in my room for when it gets bad",
        "i dont see the point of anything anymore tbh",
        "he said he'd post the video of me if i dont send more 😭",
        "dice q si no le mando fotos las va a subir a todos lados",
    ],
)
def test_violence_at_home_a_kit_or_despair_is_held(post):
    assert worst(post) >= HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "my step dad gets really angry n throws stuff at me when mum isnt home",
        "mi padrastro me grita y me tira cosas cuando mi mama no esta",
        "i been sleeping at my mates cos i cant go home",
        "nobody at home cooks anymore i just eat cereal every day",
        "i took like 8 of my mums sleeping pills last night",
        "ya no tengo ganas de nada la vdd",
        "they kicked me out the gc and made a new one without me",
        "theres this older lad who picks me up from school and buys me stuff",
    ],
)
def test_neglect_exclusion_and_a_means_reach_staff(post):
    assert worst(post) > 0, post


@pytest.mark.parametrize(
    "post",
    [
        "the ball hit my mum's car in the car park",
        "she throws the ball at me in netball practice",
        "you can't go home again, the novel says",
        "the nurse said sleeping pills are not for children",
    ],
)
def test_the_same_words_about_a_ball_a_novel_or_a_nurse_are_no_flag(post):
    assert worst(post) == 0, post
