"""Bleeding out is a method of suicide when the writer says they want it or will do it ("going
to bleed out in the bath tonight" is a plan, critical); a history lesson's soldier or a first-aid
casualty who bleeds out is no flag."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst, worst_in


def test_a_plan_to_bleed_out_tonight_is_critical():
    post = "going to bleed out in the bath tonight so nobody has to deal with me anymore"
    assert worst_in(post, "self_harm") == 4
    assert worst_in("me voy a desangrar esta noche", "self_harm") == 4


def test_a_wish_to_bleed_out_is_held():
    assert worst_in("some nights i just want to bleed out", "self_harm") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "the soldier bled out on the battlefield before the medics arrived",
        "in first aid we learned a casualty can bleed out in minutes from a leg wound",
    ],
)
def test_a_soldier_or_a_casualty_who_bleeds_out_is_no_flag(post):
    assert worst(post) == 0, post
