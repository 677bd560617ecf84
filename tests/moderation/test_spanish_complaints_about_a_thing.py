"""'No aguanto más' (I can't stand any more) followed by a thing is a complaint about the thing
('no aguanto más este calor', 'no aguanto más la clase de mates'): no flag. Said alone, or of life
itself, it is despair and is recorded as before."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _self_harm(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "self_harm"]


@pytest.mark.parametrize(
    "post", ["no aguanto más este calor, me voy a la piscina", "no aguanto más la clase de mates"]
)
def test_a_thing_that_cannot_be_stood_is_no_despair(post):
    assert _self_harm(post) == []


@pytest.mark.parametrize("post", ["ya no aguanto más, de verdad", "no aguanto más esta vida"])
def test_despair_said_alone_or_of_life_is_still_flagged(post):
    assert _self_harm(post)
