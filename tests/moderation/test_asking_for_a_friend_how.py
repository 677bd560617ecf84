"""A student asks "for a friend" how to get pills or how many it would take. Advice about
anyone ("if a friend tells you they want to die, tell an adult") raises nothing; a question in
the same shape that asks for a means, or how to hide it, is a plan asked for and stays held."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst


@pytest.mark.parametrize(
    "post",
    [
        "if a friend wanted to die, how would they get pills without their parents knowing",
        "if a friend wants to die, how many tablets would it take",
        "if someone wanted to kill themselves tonight, how many pills would they need",
        "if someone wants to die, how would they hide it without anyone noticing",
    ],
)
def test_a_means_asked_for_anyone_is_held(post):
    assert worst(post) >= 3, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post",
    [
        "if a friend tells you they want to die, tell an adult",
        "if someone wants to die, how can you help them? listen and tell a trusted adult",
    ],
)
def test_advice_about_anyone_still_raises_nothing(post):
    assert worst(post) == 0, scan_post(STARTER, post)
