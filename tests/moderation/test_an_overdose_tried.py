"""A student tells a lead they tried to overdose, in the words students use ("tried to OD on my
mum's meds"). It is a suicide attempt: critical, the same as "I overdosed". A goodbye posted by a
student leaving an app stays high, below the critical hold a suicide note gets."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst_in


def _worst(post: str) -> int:
    return worst_in(post, "self_harm")


@pytest.mark.parametrize(
    "post",
    [
        "tried to OD on my mums meds on saturday and nobody noticed",
        "i tried to overdose in the summer holidays",
        "i attempted to overdose after the exams",
        "last week i tried to take an overdose, i'm still scared",
    ],
)
def test_an_overdose_tried_is_critical(post):
    assert _worst(post) == 4, scan_post(STARTER, post)


def test_a_goodbye_post_beside_despair_is_still_critical():
    assert _worst("this is my goodbye post. i can't do this anymore, nobody would miss me") == 4


@pytest.mark.parametrize(
    "post",
    [
        "goodbye post: i can't do this anymore, deleting instagram, it's too toxic",
        "my goodbye post, i can't take it anymore so i'm logging off socials for a month",
    ],
)
def test_a_goodbye_to_an_app_stays_below_critical(post):
    assert _worst(post) == 3, scan_post(STARTER, post)
