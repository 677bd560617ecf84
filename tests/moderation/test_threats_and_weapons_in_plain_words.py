"""Threats and weapons in plain words, with no violent keyword to find.

"ur dead tomorrow", "you won't see monday", "my brother carries a knife", "people like you
should be gassed" reached nobody: the threat is in the time it names, the weapon is someone
else's, the call for murder is in a word the hate libraries did not hold.
"""

import pytest

from tests.moderation.starter_library import HOLD, worst

# Written for the project: (post, the least severity a lead would want).
PLAIN_WORDS = [
    ("ur dead tomorrow", HOLD),
    ("you're dead after school, everyone will watch", HOLD),
    ("you won't see monday", HOLD),
    ("mañana estás muerto", HOLD),
    ("people like you should be gassed", HOLD),
    ("there is a bomb in the school", 4),
    ("theres a bomb in school tomorrow", 4),
    ("hay una bomba en el instituto", 4),
    ("my brother carries a knife to school", 4),
    ("my brother carries a knife", 2),
    ("someone in my year has a gun in his bag", 2),
    ("mi primo lleva una navaja", 2),
]

EVERYDAY = [
    "you won't see monday's episode coming",
    "the jews were gassed at auschwitz, we read survivors' letters",
    "my brother carries a lunchbox to school",
    "the bomb in the school's museum is a replica from the war",
]


@pytest.mark.parametrize(("post", "least"), PLAIN_WORDS)
def test_a_threat_or_a_weapon_in_plain_words_reaches_staff(post, least):
    assert worst(post) >= least, post


@pytest.mark.parametrize("post", EVERYDAY)
def test_the_same_words_elsewhere_raise_nothing(post):
    assert worst(post) == 0, post
