"""The NHS and charities run suicide prevention under the name "Zero Suicide": a student sharing
its training raises nothing; the word elsewhere in the post is read as before."""

from __future__ import annotations

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _self_harm(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "self_harm"]


def test_the_zero_suicide_campaign_raises_nothing():
    assert _self_harm("did the zero suicide training module in form time") == []


def test_the_word_elsewhere_in_the_post_is_still_read():
    assert _self_harm("did the zero suicide training and honestly i want to die")
