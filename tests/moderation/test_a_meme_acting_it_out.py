"""Meme formats act a feeling out: 'me when the group chat goes silent: *dies*', 'pov: your mum
finds your search history *wants to die*'. Read as laughter is: one level lower, never dropped.
The same words stated plainly stay as they are."""

from __future__ import annotations

import pytest

from moderation.scanning.context import JOKING
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _self_harm(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "self_harm"]


@pytest.mark.parametrize(
    "post",
    [
        "me when my mum reads my texts out loud: *wants to die*",
        "pov: the sub teacher asks you to read your poem out loud, i want to die",
    ],
)
def test_a_feeling_acted_out_in_a_meme_is_read_as_a_joke(post):
    found = _self_harm(post)
    assert found and {m.context for m in found} == {JOKING}, found
    assert all(m.severity < 4 for m in found)


def test_the_same_wish_stated_plainly_stays_critical():
    assert max(m.severity for m in _self_harm("when my mum reads my texts i want to die")) == 4
