"""Mr Okafor's students react to the evening news: "Train derailment and shooting on the same
day, 4 killed", "Car bomb in the market square, dozens injured". A count of the dead or hurt is
how the news reports an attack: no flag where the sentence has nobody of the writer's in it, no
school and no intent. A count beside a school, a day or a threat is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Shooting outside a nightclub in the city centre, 4 killed",
        "Car bomb in the market square, dozens injured and two people dead",
        "stabbing at the festival last night, three hurt, one critical",
    ],
)
def test_an_attack_with_its_dead_counted_is_the_news(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("shooting at my school tomorrow, 20 dead", 2),
        ("im going to stab him, 3 dead by friday", HOLD),
        ("he stabbed me at the bus stop, 2 of us hurt", 1),
    ],
)
def test_a_count_beside_a_school_a_day_or_a_threat_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
