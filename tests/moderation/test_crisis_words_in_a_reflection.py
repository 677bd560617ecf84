"""A student writes a reflection at the end of a lesson, and it is a crisis.

Each post below reached nobody: the libraries held 'end my life' but not 'ending my life' (a
three-letter verb got no forms in a phrase), nor hopelessness with a negation in it, means set
aside, or a threat made to keep a child silent. Each must now be held for a lead.
"""

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD
from tests.moderation.starter_library import STARTER as LIBRARY

# Written for the project.
CRISIS = [
    "I have been thinking about ending my life, I have the pills ready",
    "im ending my life this weekend",
    "I don't see the point of living anymore",
    "honestly i cant see the point of living",
    "he said he'd hurt me if I told anyone",
    "my stepdad says he will kill me if i tell",
    "i keep thinking about ending it",
    "quiero terminar con mi vida",
    "me estoy cortando otra vez",
    "i been cutting myself again",
]

EVERYDAY = [
    "thinking about ending it with him tbh he's so clingy",
    "the film ended on a cliffhanger and i cant see the point of the sequel",
    "got the pizza ready for tonight",
]


@pytest.mark.parametrize("post", CRISIS)
def test_a_crisis_in_a_reflection_is_held(post):
    severities = [m.severity for m in scan_post(LIBRARY, post)]
    assert max(severities, default=0) >= HOLD, f"{post!r}: {severities}"


@pytest.mark.parametrize("post", EVERYDAY)
def test_the_same_words_in_everyday_talk_are_not_held(post):
    assert all(m.severity < HOLD for m in scan_post(LIBRARY, post)), post
