"""A student tells abuse from the day it began, past tense first: "when i was 10 my stepdad
started hitting me, he still does". 'hits me' and 'touches me' were held; 'started hitting me'
and 'started touching me' raised nothing. The rain or the sun that started hitting someone is
weather, not a disclosure."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "when i was 10 my stepdad started hitting me, he still does",
        "years ago my uncle started touching me and he still does when he visits",
    ],
)
def test_abuse_told_from_when_it_began_is_held(post):
    assert worst_in(post, "grooming") >= 3, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post",
    [
        "the rain started hitting me as soon as i left",
        "on the beach the sun started hitting me and i burnt",
    ],
)
def test_weather_that_started_hitting_someone_is_no_flag(post):
    assert worst_in(post, "grooming") == 0, scan_post(STARTER, post)
