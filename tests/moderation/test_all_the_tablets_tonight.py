"""A student says they will take all their tablets, not "pills": "he left me on read again, i'm
going to take all my tablets tonight" raised nothing. It is the overdose plan "take all my
pills" already names: critical. A doctor's "take all the tablets even if you feel better" is
advice about a course of medicine and raises nothing."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "he left me on read again, i'm going to take all my tablets tonight",
        "i'm going to take all the pills tonight",
        "im gonna take all the tablets after school",
    ],
)
def test_all_the_tablets_as_a_plan_is_critical(post):
    assert worst_in(post, "self_harm") == 4, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post",
    [
        "the doctor said to take all the tablets even if you feel better",
        "did you take all the tablets the nurse gave you?",
    ],
)
def test_a_course_of_medicine_raises_nothing(post):
    assert worst_in(post, "self_harm") == 0, scan_post(STARTER, post)
