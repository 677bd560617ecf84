"""English lets a phrasal verb's particle follow its object: a student writes "burn the school
down" or "shoot the school up" as often as the library's "burn down the school". Both orders are
the same threat to the lead; a fire report with no such phrase stays clean."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "she said she wants to burn the school down with everyone in it",
        "im going to shoot the school up on friday",
    ],
)
def test_a_threat_with_its_particle_after_the_object_is_critical(post):
    assert worst_in(post, "violence") == 4, post


def test_a_building_burned_down_in_the_news_is_no_flag():
    assert worst("the fire brigade said the old mill burned the whole place down") == 0
