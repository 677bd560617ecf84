"""Mrs Kaur types into the staff channel at 8.05: "I could strangle whoever keeps jamming the
photocopier", and later "I'm going to strangle whoever keeps taking the whiteboard pens from
my room". A violent word at whoever did a chore's petty wrong is the staff room's hyperbole:
no flag. At whoever hurt someone, at a person, with a weapon's verb or at school, it is read
as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "I could strangle whoever keeps jamming the photocopier.",
        "I'm going to strangle whoever keeps taking the whiteboard pens from my room.",
        "i'll kill whoever ate my yoghurt from the staff fridge",
    ],
)
def test_a_violent_word_at_whoever_did_a_petty_wrong_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("i'm going to kill whoever hurt my sister", 3),
        ("i'm going to kill whoever keeps texting me", 3),
        ("i'm going to kill whoever keeps taking my stuff at school", 3),
        ("i'm going to shoot whoever keeps taking my stuff at school", 1),
        ("i will kill whoever took my phone and then i'll kill you", 3),
    ],
)
def test_whoever_hurt_someone_or_a_weapon_or_a_school_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
