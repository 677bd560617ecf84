"""Mr Daniels teaches GCSE English and asks colleagues how they stage the deaths in the set
texts: Juliet's suicide performed in class, Ophelia's told offstage, a soliloquy
about dying, a Spanish play the class has read. A death in a story, told by its teacher (an "I"
that only sets or teaches the text), raises no flag; the writer's own wish, or a friend's,
beside the same story is still flagged."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Ophelia's suicide happens offstage, so I ask them to write Gertrude's report of it.",
        "Do your groups still perform Juliet's suicide in the tomb scene, or just read it?",
        "Richard's soliloquy on the eve of Bosworth is haunted by every murder so far.",
        "The suicide is depicted so plainly that I always warn the class first.",
        "Hemos leído Romeo y Julieta; al final los dos se suicidan y nadie dijo nada.",
    ],
)
def test_a_death_in_a_set_text_told_by_its_teacher_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "We performed the suicide scene today and I want to kill myself like Juliet did.",
        "After reading the play my friend says she wants to die too.",
    ],
)
def test_the_writers_own_wish_beside_the_story_is_still_held(post):
    assert worst(post) >= HOLD
