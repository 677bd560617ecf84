"""A student dresses a threat in the English of old plays ("thou shalt perish on monday at
school, i shall shoot thee"): the old words do not make it a quotation when it names the school
or a day, and a threat to shoot with the school and a day in its sentence is critical, as
"shoot up the school" is. A line of Shakespeare quoted in English class stays clean."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import top_reading, worst


@pytest.mark.parametrize(
    "post",
    [
        "hear me well, on friday at school i shall shoot thee all",
        "thou wilt not see the weekend, tomorrow at school i will shoot thee",
    ],
)
def test_a_threat_in_old_words_at_school_on_a_day_is_critical(post):
    assert top_reading(post) == (4, "threat")


def test_a_plain_threat_to_shoot_named_with_the_school_and_a_day_is_critical():
    assert worst("tmrw at school i'm gonna shoot you, watch") == 4


@pytest.mark.parametrize(
    "post",
    [
        "In Act 3 Tybalt says 'I will kill thee' and Romeo says nothing back",
        "Villain, I will stab thee for thy treachery, quoth the knight",
        "we have a photo shoot at school tomorrow so wear the blazer",
    ],
)
def test_old_words_in_a_play_and_a_photo_shoot_are_clean(post):
    assert worst(post) == 0
