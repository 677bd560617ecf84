"""'Tired of living' is hopelessness a lead follows up. A turn after it may make it about a
flat or a diet ("tired of living off noodles", "out of a suitcase"), but "in", "on", "at" and
"here" are how students go on to say where they no longer want to be: those stay flagged."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "honestly i'm so tired of living in this world",
        "tired of living in fear every single day",
        "i am tired of living on this earth",
        "tired of living at all tbh",
        "im just tired of living here",
    ],
)
def test_being_tired_of_living_somewhere_reaches_a_lead(post):
    assert worst(post) >= HOLD, post


def test_living_off_noodles_is_about_food():
    assert worst("so tired of living off instant noodles until payday") < HOLD
