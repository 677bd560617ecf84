"""A student tells what a story's character did, then, a sentence on, says they mean to do it
themselves. The story's event is no longer only the story's: the lead sees it. A story's event
followed by a plan that copies nothing ("i'm going to watch it again") stays the story's."""

from __future__ import annotations

from tests.moderation.starter_library import HOLD, worst


def test_a_villains_attack_the_writer_means_to_copy_at_school_is_held():
    post = (
        "the villain in the game shoots up a school. im going to do that to this school on friday"
    )
    assert worst(post) >= HOLD


def test_a_characters_suicide_the_writer_wants_to_copy_tonight_is_held():
    post = "Finished the book. Hannah's suicide wrecked me. Im going to do exactly that on friday"
    assert worst(post) >= HOLD


def test_a_characters_suicide_followed_by_a_plan_to_rewatch_stays_the_storys():
    post = "Just watched Dead Poets Society. Neil's suicide hit hard. I'm going to rewatch it soon"
    assert worst(post) < HOLD
