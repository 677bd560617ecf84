"""A student tells what they did and what it was for: "I took a bunch of pills last night to end
it". The act with its purpose told is a suicide attempt, and the lead sees it first: critical.
The same act for another purpose ("to sleep") stays high, held for a lead's eyes."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst_in


@pytest.mark.parametrize(
    "post",
    [
        "i took a bunch of pills last night to end it",
        "took loads of pills on friday so i could end it all",
        "i cut myself last night to die, it didn't work",
    ],
)
def test_an_act_done_to_die_is_critical(post):
    assert worst_in(post, "self_harm") == 4


@pytest.mark.parametrize(
    "post",
    [
        "i took a bunch of pills last night to sleep",
        "i've been cutting again to feel something",
    ],
)
def test_an_act_for_another_purpose_stays_high(post):
    assert worst_in(post, "self_harm") == 3
