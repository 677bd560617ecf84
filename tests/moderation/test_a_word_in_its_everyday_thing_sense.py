"""A nature diary, a cookery blog, a DIY forum and a history essay use words that a library also
keeps as insults or slang: "the cockerel and the turkey cock strutted round the farmyard", "a
lamb shank braised in red wine", "a chink of light through the shutters", "the pony pricked up
its ears", "the car sped away", "the horny sole of a horse's hoof". The rest of the sentence
names the everyday sense. The same words aimed at a person still reach the lead."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "At dawn the turkey cock strutted round the farmyard with the hens.",
        "Slow-roast the lamb shank in the oven for three hours with the gravy.",
        "The shank of the drill bit had snapped clean off.",
        "A thin chink of light came through the shutters.",
        "Fill every chink in the wall with mortar before winter.",
        "The pony pricked up its ears when she rattled the bucket.",
        "The nurse said it would only be a small prick from the needle.",
        "The getaway car sped away down the high street.",
        "Round and round the track they sped.",
        "The farrier trimmed the horny sole of the hoof.",
    ],
)
def test_the_everyday_sense_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "you sped",
        "he called me a sped in front of everyone",
        "i'm going to shank him after school",
        "he is such a prick to me every day",
        "the chinks in my class should go back home",
        "he said he wants to see my cock",
    ],
)
def test_the_word_aimed_at_a_person_is_still_flagged(post):
    assert worst(post) >= 1
