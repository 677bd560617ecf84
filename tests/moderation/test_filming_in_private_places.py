"""A changing room, the toilets or the showers are places where filming anyone is abuse. The
place alone says nothing ("I left my bottle in the changing room"); a camera word beside it
does, and someone filmed there is held for a lead."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "he was filming us in the changing room",
        "they filmed me in the toilets and put it on snap",
        "me grabaron en el vestuario y lo pasaron por whatsapp",
    ],
)
def test_someone_filmed_in_a_private_place_is_held(post):
    assert worst(post) >= HOLD, post


def test_a_camera_there_with_nobody_named_reaches_staff_without_being_held():
    assert worst("someone left a camera recording in the showers") == 2


@pytest.mark.parametrize(
    "post",
    [
        "i left my water bottle in the changing room",
        "i was crying in the toilets at lunch",
        "el vestuario de chicas está en obras",
        "nos cambiamos en los vestuarios antes del partido",
    ],
)
def test_the_place_alone_is_no_flag(post):
    assert worst(post) == 0, post
