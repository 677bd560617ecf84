"""A history class writes about a suicide bombing and a purged general; a PE class about fatty
foods; a student about the coke machine. Each compound names something else than the library
word's concern (sense notes in the libraries), so the self-harm, eating-disorder, bullying and
drugs queues stay quiet. The library word on its own, about a person, still flags, and a wish
to be a suicide bomber is recorded as extremism."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER as LIBRARY


def categories(text: str) -> set[str]:
    return {m.category for m in scan_post(LIBRARY, text)}


@pytest.mark.parametrize(
    "post",
    [
        "Two suicide bombings hit the capital in the spring of that year.",
        "The general was purged from the army in the late 1930s.",
        "Cut down on fatty foods in the week before a match.",
        "The coke machine by the sports hall only takes coins.",
    ],
)
def test_a_compound_that_names_something_else_is_no_flag(post):
    assert categories(post) == set()


def test_the_library_words_about_a_person_still_flag():
    assert "self_harm" in categories("i have been suicidal since christmas")
    assert "eating_disorders" in categories("i purged after tea again")
    assert "bullying" in categories("move out the way fatty")


def test_wanting_to_be_a_suicide_bomber_is_extremism():
    assert categories("i want to be a suicide bomber when i grow up") == {"extremism"}
