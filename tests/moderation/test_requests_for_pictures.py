"""Students tell a trusted adult about requests for photos in their own words: "send pics",
"he wants me to send him pics of myself", "keep our chats secret", "borra nuestros chats".
Those reach staff; photos of a trip or a party asked for among friends do not."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def categories(text: str) -> set[str]:
    return {m.category for m in scan_post(STARTER, text) if m.severity > 0}


@pytest.mark.parametrize(
    "post",
    [
        "he asked me to keep our chats secret and send pics",
        "this guy from the game wants me to send him pics of myself",
        "she said delete our chats before your mum sees",
        "mi primo mayor me dice que le pase fotos tuyas y que borra nuestros chats",
    ],
)
def test_a_request_for_pictures_or_secrecy_reaches_staff(post):
    assert categories(post) & {"grooming", "sexting"}, post


@pytest.mark.parametrize(
    "post",
    [
        "can you send pics of the trip to the group",
        "send me pics from the party pls",
        "pásame fotos de la excursión porfa",
    ],
)
def test_photos_of_a_shared_day_are_no_flag(post):
    assert categories(post) == set(), post
