"""A history essay says "Stalin purged the army of its best officers", a politics post "the party
purged its moderates after the election", a nature diary "the fire purged the forest of dead
wood"; a sixth-former writes "I don't want to live on benefits forever" or "on £40 a week", and
a young writer says "I don't want to live on in my books after I die". A purge of a body of people
or a thing, and living on money or after death, are not an eating disorder or a wish to die. A
purge of food, and not wanting to live, still reach the lead at once."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Stalin purged the army of its best officers.",
        "The new regime purged the civil service.",
        "The party purged its moderates after the election.",
        "The fire purged the forest of dead wood.",
        "I don't want to live on benefits forever.",
        "I don't want to live on £40 a week when I leave school.",
        "I don't want to live on in my books after I die, I want readers now.",
    ],
)
def test_a_purge_of_a_body_of_people_or_living_on_money_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "I purged after dinner again",
        "he purged his lunch in the toilets",
        "I purged the whole meal",
        "i dont want to live on this planet anymore",
        "i dont want to live on my own",
        "i don't want to live on as a burden to everyone",
        "I don't want to live on in this body",
    ],
)
def test_a_purge_of_food_or_not_wanting_to_live_is_still_held(post):
    assert worst(post) >= HOLD
