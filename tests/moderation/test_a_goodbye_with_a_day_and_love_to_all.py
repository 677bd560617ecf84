"""A student says goodbye by a day, with love or thanks to everyone and no reason ("i will not
be around after friday, love you all", "this is my last post. thank u for everything"): a
suicide note said in public, critical. The same love beside an everyday reason ("off to spain
for a week, love you all", "last post before exams") is a holiday or a break: no flag."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _worst(post: str) -> int:
    return max((m.severity for m in scan_post(STARTER, post)), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "i will not be around after the weekend. love you all so much",
        "this is my last post, thanks for everything guys",
        "i will not be around next week, love u guys",
    ],
)
def test_a_goodbye_with_love_and_no_reason_is_critical(post):
    assert _worst(post) == 4


@pytest.mark.parametrize(
    "post",
    [
        "i will not be around next week, off to my cousins wedding in ireland, love you all",
        "won't be around after friday, going to portugal for a week, love u guys",
        "this is my last post before exams, see u on the other side",
    ],
)
def test_the_same_love_beside_an_everyday_reason_is_no_flag(post):
    assert _worst(post) == 0
