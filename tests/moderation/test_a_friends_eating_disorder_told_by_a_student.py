"""A student tells staff that a friend is starving herself or making himself throw up: the
library's "myself" phrases of restriction and purging, said of a friend, are the same worry and
are held at the same severity. A hunger strike in history, a boxer making weight told as done,
a nurse asking anyone to weigh herself and a party's sweets that made someone sick are no flag.
"""

import pytest

from tests.moderation.starter_library import HOLD, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "im worried about maya shes starving herself again and wont eat at lunch",
        "my friend keeps starving himself before every match",
        "she goes to the toilets and makes herself throw up after every meal",
        "the girls in my form starve themselves before the prom",
    ],
)
def test_a_friend_starving_or_purging_is_held(post):
    assert worst_in(post, "eating_disorders") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "In 1981 the prisoner starved himself to death on hunger strike.",
        "the boxer starved himself for a week to make the weight",
        "the nurse asked each of us to weigh herself or himself on the scales",
        "he ate a whole bag of sweets at the party and made himself sick",
        "she made herself sick with worry before the exam",
    ],
)
def test_history_sport_the_nurse_and_party_sweets_are_no_flag(post):
    assert worst_in(post, "eating_disorders") == 0
