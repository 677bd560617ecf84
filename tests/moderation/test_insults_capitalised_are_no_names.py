"""A mild word written with a capital inside a sentence may be a name or a brand ("Dick
Turpin rode north", "have a Coke"). An insult at someone is no name, however it is written:
phones capitalise words, and students capitalise for emphasis."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def flagged(text: str) -> list[str]:
    return [m.text for m in scan_post(STARTER, text) if m.severity > 0]


@pytest.mark.parametrize(
    "post",
    [
        "honestly you're such a Bitch",
        "shut up you Dick",
        "eres una Puta y lo sabes",
        "my Puto little brother took my charger",
        "go away Loser, nobody asked you",
        "lol that Shit was so funny",
        "why does he think Klebold was a hero",
    ],
)
def test_an_insult_at_someone_is_flagged_with_a_capital(post):
    assert flagged(post), post


def test_a_name_in_a_history_lesson_is_still_a_name():
    assert flagged("In the lesson we read how Dick Turpin rode north to York.") == []
