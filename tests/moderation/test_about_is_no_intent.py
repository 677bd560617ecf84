"""A lesson tells students "never post your worries about someone hurting you": "about" names
a topic there, so it is no threat held for the lead. "About to" is intent: "im about to hurt
you" is still a threat."""

from __future__ import annotations

from moderation.scanning.context import THREAT
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER as LIBRARY


def labels(text: str) -> set[str]:
    return {m.context for m in scan_post(LIBRARY, text)}


def test_about_before_a_violent_word_is_no_threat():
    assert THREAT not in labels("don't share your worries about someone hurting you in a comment")


def test_about_to_before_a_violent_word_is_a_threat():
    assert THREAT in labels("im about to hurt you")
