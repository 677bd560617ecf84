"""A teacher or a student tells what happens to a story's people: the story named a sentence
before ("Just watched..."), or the reader's reaction after ("...wrecked me"). A lead does not
read a character's death as the writer's or a friend's. The same words about the writer, a
friend, or reaching out of the story (tonight, an intent) stay flagged."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst


@pytest.mark.parametrize(
    "post",
    [
        "We finished the novel in Year 10 today. Piggy's murder shocked them more than I expected.",
        "The last chapter where the main character kills himself broke me, I cried on the bus.",
        "Season two spoiler: the villain's whole backstory is that he tried to kill himself.",
    ],
)
def test_a_storys_event_with_the_readers_reaction_is_no_flag(post):
    assert scan_post(STARTER, post) == []


@pytest.mark.parametrize(
    "post",
    [
        # the writer, a friend, a time or an intent: out of the story
        "We watched a film in class. My friend told me she wants to kill herself.",
        "The last chapter where the main character kills himself is what I'm going to do tonight.",
        "That film's ending, where she kills herself, is how I feel. I want to kill myself.",
        # a name beside a day of the writer's life is a real person
        "We watched a film about it in class. Jess's suicide attempt last week scared me.",
    ],
)
def test_the_same_words_outside_the_story_stay_flagged(post):
    assert worst(post) >= 2, scan_post(STARTER, post)
