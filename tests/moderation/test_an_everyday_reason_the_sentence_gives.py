"""Issue 17's plain phrases of harm are also how a student tells an ordinary day, and the
sentence gives the reason: a fast kept for Ramadan or before an operation, mosquito bites
scratched, a pill taken for a migraine, a fringe cut. A safeguarding lead should not open a
case for those. The same phrase with no such reason, with weight named, or with the reason
told as a cover ("i tell everyone its eczema") is held as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "Ramadan started and I havent eaten anything in hours, looking forward to iftar.",
        "Ramadan: I haven't eaten anything in days during daylight, but we eat at sunset.",
        "The doctor says I can only eat an apple a day before the operation, then I'm back to "
        "normal.",
    ],
)
def test_a_fast_for_a_faith_or_an_operation_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "severity"),
    [
        ("I havent eaten anything in days, I want to be thinner", 2),
        ("its ramadan but honestly i havent eaten in days because i feel fat", 3),
        ("I havent eaten in days, i tell everyone its for ramadan", 3),
    ],
)
def test_not_eating_with_weight_named_or_a_fast_as_a_cover_is_still_flagged(post, severity):
    assert worst_in(post, "eating_disorders") == severity


def test_mosquito_bites_scratched_till_they_bleed_are_no_flag():
    assert (
        worst("Scratching my arms till they bleed from the mosquito bites, camping was awful.") == 0
    )


@pytest.mark.parametrize(
    "post",
    [
        "scratching my arms till they bleed because i hate myself",
        "i keep scratching my arms till they bleed and i tell everyone its eczema",
    ],
)
def test_scratching_till_it_bleeds_without_an_itch_or_with_one_as_a_cover_is_held(post):
    assert worst_in(post, "self_harm") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "My mum took a pill at the party for her migraine.",
        "Nan took a pill at the party for her blood pressure, the doctor says she must.",
        "My cousin took a pill at the party for her hay fever, the doctor prescribed them.",
    ],
)
def test_a_pill_for_an_illness_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "I took a pill at the party and felt really weird",
        "took a pill at the party, said it was for a headache but it was molly",
    ],
)
def test_a_pill_at_a_party_with_no_illness_or_one_as_a_cover_is_held(post):
    assert worst_in(post, "drugs") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "I used to cut my own fringe but it always went wonky.",
        "Antes me cortaba el pelo yo sola, ahora voy a la peluquería.",
    ],
)
def test_a_fringe_or_hair_once_cut_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "I used to cut but it started again last night",
        "i used to cut my arms and it started again",
        "antes me cortaba los brazos y he vuelto a empezar",
    ],
)
def test_cutting_that_came_back_is_still_held(post):
    assert worst_in(post, "self_harm") >= HOLD
