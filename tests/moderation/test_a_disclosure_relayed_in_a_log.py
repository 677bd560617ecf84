"""A member of staff logs what a pupil told them without naming it ("Spoke to him at break. He
said it happened again last night"): the pupil's harm goes on, so the log stays flagged for the
lead, low, even though it records that an adult spoke to the pupil. The same words about a
thing stay clean."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Spoke to him at break. He said it happened again last night.",
        "Form tutor aware. She told me it happened again on Sunday",
        "my friend says it happened again and she doesnt want to go home",
    ],
)
def test_a_disclosure_relayed_stays_flagged(post):
    assert worst(post) >= 2


@pytest.mark.parametrize(
    "post",
    [
        "The projector in room 4 broke again last night, IT have been told",
        "she said the fire alarm went off again during period 2",
    ],
)
def test_a_thing_that_happened_again_is_clean(post):
    assert worst(post) == 0
