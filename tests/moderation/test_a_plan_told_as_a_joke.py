"""A student in real trouble writes a plan and hides it behind a tone tag, a bracket, a meme or
an "if": "gonna cut again tonight (jk)". Those take a dark line back only when it is a line;
a time set beside a means or a method, a means at hand, a plan the writer says they have, or
"/srs" keep it where a lead sees it. The jokes the take-backs exist for stay lowered."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "gonna cut again tonight (jk)",
        "kms for real, i have the tablets in my drawer /j",
        "signs someone might be suicidal: me, i've got a plan for friday",
    ],
)
def test_a_plan_behind_a_joke_is_held(post):
    assert worst_in(post, "self_harm") >= 3, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post",
    [
        "jumping off the bridge after school today /hj",
        "kms this song is so good, i'm still going to take all the pills tonight",
        "if they post the pics i'm going to jump off the bridge tomorrow",
        "taking all my pills after school today /j",
        "i want to die and i have the rope ready lol /hyp",
    ],
)
def test_a_plan_with_a_time_and_a_means_is_critical_whatever_its_tone(post):
    assert worst_in(post, "self_harm") == 4, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post,severity",
    [
        ("kms this song is so good", 2),
        ("kms this song is so good, listening to it again tonight", 2),
        ("kms i have to do the quiz today /j", 2),
        ("if i have to take the train tomorrow i'm going to kill myself lol", 3),
        ("if i have to hear that song one more time i'm going to kill myself", 3),
    ],
)
def test_a_joke_with_a_day_or_a_journey_stays_a_joke(post, severity):
    assert worst_in(post, "self_harm") == severity, scan_post(STARTER, post)
