"""Lena live-posts her film club's evenings: "Rewatching the first season, he shoots the
sheriff in the pilot and I still gasped", "in the sequel the villain murders the whole crew",
"the episode where the main character relapses is hard to watch". What the people of a film,
a series or a book do, in a sentence that names it or its watching, is the story's: no flag,
whether they are named by "he", "she" or "they" (in violence; a self-harm word is the story's
only where nobody is named by a pronoun), and the writer may be there to react or for an
aside ("I think", "by that I mean"). The writer or the reader otherwise, a family member or
friend, a school, a day, an intent or someone's own death keeps it what it was: a story that
moves someone to harm is theirs."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Rewatching the first season, he shoots the sheriff in the pilot and I still gasped",
        "in the sequel the villain murders the whole crew on the space station",
        "the episode where the main character relapses after two years clean is hard to watch",
        "the finale spoiler is that they stab the king at his own wedding",
        "the season finale, and by that I mean the murder of the twins, was brutal",
        "I think the sheriff kills them both in season three",
    ],
)
def test_what_a_storys_people_do_is_the_storys(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("she watched a documentary on suicide and now she wants to kill herself", HOLD),
        ("after watching that series he said he's going to stab me", HOLD),
        ("watching the show made me want to kill myself", HOLD),
        ("they watched a film in class and he threatened to kill everyone", HOLD),
        ("watching tv when my dad came in and hit my mum", HOLD),
        ("i think he's going to kill me after the episode", HOLD),
        ("i think i will kill him, the finale ruined my life", HOLD),
    ],
)
def test_someone_outside_the_story_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
