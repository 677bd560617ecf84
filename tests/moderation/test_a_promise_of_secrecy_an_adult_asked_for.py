"""A student says someone made them promise to keep quiet ("he made me promise not to say
anything"): the way an abuser keeps a child silent, held as grooming in English and Spanish. A
promise to keep a surprise is no such thing."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "my stepdad made me promise not to tell my mum what he does",
        "the man from the gym made me swear not to tell",
        "he made me promise not to say anything to the teachers",
        "mi vecino me hizo prometer que no diría nada de lo que pasó",
    ],
)
def test_a_promise_of_silence_is_held_as_grooming(post):
    assert worst_in(post, "grooming") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "my sister made me promise not to tell anyone about the surprise party",
        "dad made me promise not to tell mum about her birthday present",
    ],
)
def test_a_promise_to_keep_a_surprise_is_clean(post):
    assert worst(post) == 0
