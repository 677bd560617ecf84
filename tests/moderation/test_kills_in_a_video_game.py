"""Kai, fifteen, posts in the class's gaming channel between lessons: "finally hit a 25 kill
round in apex", "the npc guard murdered me twice before I found the ladder", "we wiped the
whole lobby with grenades", "my pistol camo is finally gold". A violent word in a sentence
that names a video game or a word only games use is the game's: no flag. The same words
reaching into the world (a real day, school, the reader, a family member, "irl", an intent)
are read by the other rules as before, and a taunt to kill oneself is bullying wherever it is
typed."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "finally hit a 25 kill round in apex, my hands are shaking",
        "the npc guard murdered me twice before I found the ladder",
        "respawned right next to the guy who killed me, classic",
        "he got 14 kills with the shotgun and still lost the lobby",
        "impostor killed both crewmates in medbay and nobody saw",
        "my pistol camo is finally gold after 300 headshots",
        "in the final boss fight the dragon kills everyone on the bridge unless you block",
    ],
)
def test_a_kill_in_a_game_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("after the game tomorrow im going to stab him", HOLD),
        ("im going to kill everyone at school, game over", HOLD),
        ("if he spawn camps me again i'll kill him irl", HOLD),
        ("my brother stabbed me after we argued over the controller", 2),
        ("my stepdad said he'd kill me if i play xbox again", HOLD),
        ("you're dead at school tomorrow noob", HOLD),
    ],
)
def test_the_same_words_reaching_into_the_world_are_still_flagged(post, at_least):
    assert worst(post) >= at_least


def test_a_taunt_to_kill_oneself_in_a_game_is_still_bullying():
    assert worst("ur such a noob in ranked just kys") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        # a parent or a teacher passing on what children said: school and family in the
        # sentence, the game by its title right after the one beaten
        "Kai's mum says a lad in his class told him he'd murder him at FIFA, is that normal?",
        "My daughter's friend told her she'd kill her in Roblox tomorrow, they're nine!",
        "mi hijo dice que un compañero de clase le va a matar en el fifa, cosas de críos",
    ],
)
def test_someone_beaten_at_a_game_by_its_title_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "a lad in his class told him he'd kill him at the park after school",
        "i'll kill you at fortnite and then at school tomorrow",
    ],
)
def test_a_place_that_is_no_game_or_the_reader_aimed_at_stays_held(post):
    assert worst(post) >= HOLD
