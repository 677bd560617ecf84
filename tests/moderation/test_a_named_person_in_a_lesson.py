"""Mrs Adeyemi teaches history and English and asks colleagues on a teachers' forum: "Any
ideas for a lesson on Sylvia Plath's suicide?", "I set an essay on Lady Macbeth's suicide",
"How do you teach about suicide without going into methods?". A person named by their name
right after a lesson's frame is the story's or history's, and a means left out is no means:
no flag. A friend's or a cousin's, a frame that names methods, a student who goes on to say
it is theirs, are read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Any ideas for a lesson on Sylvia Plath's suicide? The A level poetry group asked.",
        "I set Year 12 an essay on Lady Macbeth's suicide and whether we believe the report.",
        "How do you teach about suicide without going into methods? Our scheme is very thin.",
    ],
)
def test_a_topic_a_teacher_names_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("we had a lesson on my friend's suicide and i can't stop crying", 3),
        ("there was an assembly about my cousin's suicide and everyone stared at me", 3),
        ("the video was about suicide methods and i saved it", 3),
        ("the video was about self harm and now i want to try it", 3),
        ("a lesson on suicide, i've been thinking about doing it", 3),
    ],
)
def test_a_topic_that_is_someones_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
