"""Tom posts his Sunday recipes: "sharpen your knives first, a blunt knife slips on the
onions", "chop the garlic with your knife and then crush it", "wipe your knife between each
slice of cake". A knife in a sentence of the kitchen is a cook's, and the reader's own knife
in a recipe's instructions too: no flag. The writer or someone as its object, an intent, a
school or a day keep it a weapon."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "sharpen your knives first, a blunt knife slips on the onions",
        "chop the garlic with your knife and then crush it",
        "wipe your knife between each slice of cake",
    ],
)
def test_a_knife_in_the_kitchen_is_a_cooks(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("bring your knife to school, we are cooking", HOLD),
        ("sharpen your knife, we're gonna get him", 1),
        ("i sharpened my knife for him", 2),
    ],
)
def test_a_knife_with_a_target_an_intent_or_a_school_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
