"""A student says someone asked them for a nude of themselves ("some guy on insta told me to
send him a nude selfie", "un señor me pidió que le mandara una foto desnuda"): sexual
exploitation, held as grooming. A photo asked for that is no nude stays clean."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "some guy on insta told me to send him a nude selfie",
        "a man from roblox keeps telling me to send him a nude",
        "un señor de tiktok me pidió que le mandara una foto desnuda",
    ],
)
def test_a_nude_asked_for_is_held_as_grooming(post):
    assert worst_in(post, "grooming") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "my nan told me to send her a photo of my new school uniform",
        "mi abuela me pidió que le mandara una foto del uniforme",
    ],
)
def test_a_photo_that_is_no_nude_is_clean(post):
    assert worst(post) == 0
