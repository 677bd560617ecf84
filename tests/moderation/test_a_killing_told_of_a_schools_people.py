"""A killing told in the past of others is recorded low when a story tells it ("Herod's soldiers
killed them all"). Told of a school's people or places (a teacher, a year group, the older boys,
the canteen), it is a pupil's news, and the lead sees it held."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, top_reading, worst


@pytest.mark.parametrize(
    "post",
    [
        "Mr Collins killed them all in the art room and nobody stopped him",
        "Year 11 killed him on the field",
        "The older boys killed him and dumped him by the canal",
    ],
)
def test_a_killing_told_of_a_schools_people_is_held(post):
    assert worst(post) >= HOLD


def test_a_killing_told_of_a_storys_soldiers_is_still_recorded_low():
    assert top_reading("Herod's soldiers killed them all in the night") == (2, "narrated")
