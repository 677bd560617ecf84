"""A student threatens the next person who crosses them, or anyone who does ("i will stab the
next kid who touches my bag", "im gonna knife anyone that grasses"): a person not yet known is
a target as "him" is, and the threat is held. The next ball, the next level and the next
person in a chess final are no target, and killing anyone who eats the leftovers is a chore
grumbled about, as killing whoever does is."""

import pytest

from tests.moderation.starter_library import HOLD, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "i will stab the next kid who touches my bag",
        "im going to shoot the first person who laughs at me tomorrow",
        "im gonna knife anyone that grasses on us",
    ],
)
def test_a_threat_at_the_next_person_or_anyone_who_is_held(post):
    assert worst_in(post, "violence") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "i will hit the next ball into the top corner",
        "i will beat the next person in the chess final",
        "ill kill anyone who eats my leftovers again",
    ],
)
def test_a_ball_a_chess_final_and_the_leftovers_are_not_held(post):
    assert worst_in(post, "violence") < HOLD
