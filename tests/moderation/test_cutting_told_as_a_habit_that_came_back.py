"""A student tells self-harm as a past habit ("i used to cut", "antes me cortaba"): recorded,
lowered as the past when the post says it is over, and held as current self-harm when it says
it has come back ("started again last night", "volví a empezar"). "Used to cut" a thing is no
self-harm."""

from __future__ import annotations

import pytest

from moderation.scanning.context import PAST
from tests.moderation.starter_library import HOLD, top_reading, worst


@pytest.mark.parametrize(
    "post",
    [
        "i used to cut, but last night i did it again",
        "i used to cut and now its started again",
        "antes me cortaba y esta semana volví a empezar",
    ],
)
def test_a_habit_that_came_back_is_held(post):
    assert worst(post) >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "i used to cut but im proud to say im a year clean now",
        "antes me cortaba, ahora estoy mucho mejor",
    ],
)
def test_a_habit_told_as_over_is_recorded_as_the_past(post):
    severity, context = top_reading(post)
    assert 0 < severity < HOLD
    assert context == PAST


@pytest.mark.parametrize(
    "post",
    [
        "i used to cut the grass for my grandad on saturdays",
        "my mum used to cut my hair until i was 12",
        "antes de comer me lavo las manos",
    ],
)
def test_cutting_a_thing_is_clean(post):
    assert worst(post) == 0
