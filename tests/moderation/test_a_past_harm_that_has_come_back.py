"""A student tells of self-harm in a past without a date ("there was a time", "at one point")
and says it has come back: "it's back now", "the urges came back", "that time is now", "it's
getting worse". That past is not over, and is held as the present is; a past told as over
("now i'm in a good place") is still recorded lower."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, top_reading, worst


@pytest.mark.parametrize(
    "post",
    [
        "there was a time i cut myself every day. it's back now",
        "there was a time i wanted to kill myself. that time is now",
        "at one point i cut myself every day. now the urges are coming back",
        "for a long time i wanted to kill myself and now it's getting worse",
    ],
)
def test_a_past_harm_said_to_have_come_back_is_held(post):
    assert worst(post) >= HOLD


def test_a_past_harm_told_as_over_is_still_recorded_lower():
    severity, context = top_reading("there was a time i wanted to die but now i'm in a good place")
    assert severity < HOLD and context == "past"
