"""A nature diary, a cookery blog, a DIY forum and a history essay use words that a library also
keeps as insults or slang: "the old cock turning on the weathervane at dawn", "a lamb shank
braised in red wine", "a chink in the curtains", "a prick from the thorn", "the horses sped
across the plain", "the horny sole of a horse's hoof", and in idioms: "weed them out before the
final", "a complete cock-up of the results", "she is a good loser". The rest of the sentence
names the everyday sense. The same words aimed at a person still reach the lead."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "A weathercock sits on the church, the old cock turning in the wind at dawn.",
        "Slow-roast the lamb shank in the oven.",
        "Braise the shanks in red wine.",
        "The shank of the hook had rusted.",
        "Fill every chink in the wall with mortar.",
        "Stuff rags into the chinks in the planks.",
        "There was a chink in the curtains.",
        "Ouch, a prick from the thorn on the rose.",
        "Round and round the track they sped.",
        "The horses sped across the plain.",
        "The farrier trimmed the horny sole of the hoof.",
        "We have to weed them out before the final round.",
        "The new checks should weed it out.",
        "The exam board made a complete cock-up of the results.",
        "What a cock up, the coach went to the wrong school.",
        "She is a good loser.",
        "Be a good loser when you lose the quiz.",
        "He has always been a bad loser at tennis.",
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
        "he put his cock up against me",
        "you are such a loser",
        "he is a loser with no friends",
    ],
)
def test_the_word_aimed_at_a_person_is_still_flagged(post):
    assert worst(post) >= 1
