"""Students write "u", "ur", "r", "n", "shud", "wen", "nite" for "you", "your", "are", "and",
"should", "when", "night". A post that is not Spanish is also read with those written out, as a
Spanish post is read with its own text-speak, and what only that reading finds is located in
the post as the student wrote it. A phrase's -ing words also match with the g dropped
("textin me at night", "takin over"), derived when the library is compiled."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst


@pytest.mark.parametrize(
    "post",
    [
        "they shud all be deported",
        "wen ur parents r asleep call me",
        "i wanna sleep n not wake up",
        "my coach keeps texting me at nite",
        "my coach keeps textin me at nite",
        "immigrants r takin over",
        "kiero dormir y no despertar",
    ],
)
def test_a_chat_spelling_reaches_staff_as_the_word_would(post):
    assert worst(post) > 0, post


def test_the_match_is_shown_where_the_student_wrote_it():
    post = "honestly they shud all be deported"
    [match] = [m for m in scan_post(STARTER, post) if m.severity]
    assert post[match.start : match.end] == "they shud all be deported"


@pytest.mark.parametrize(
    "post",
    [
        "r u coming to the match n the party after",
        "wen is the maths test? ur notes are the best",
        "q pasa, nos vemos en el recreo",
    ],
)
def test_everyday_chat_stays_clean(post):
    assert worst(post) == 0, post
