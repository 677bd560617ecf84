"""A student names a lesson's topic or a death in their year, then says it is theirs: "lesson
today was about self-harm. i do it every night", "a boy in my year died by suicide, i think i'm
next". The topic rules would record a lesson or a death told as news low or not at all; the
writer's own words after it keep it held. A teacher's "I do it every year" is still a lesson."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "lesson today was about self-harm. i do it every night",
        "we had the assembly on self-harm, i still do it sometimes",
        "a boy in my year died by suicide, i think i'm next",
        "a girl at our school died by suicide and i think i'll be next",
    ],
)
def test_the_writers_own_after_a_topic_is_held(post):
    assert worst_in(post, "self_harm") >= 3, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post",
    [
        "the lesson on self-harm went well. i do it every year with year 9",
        "a boy in my year died by suicide, i'm next to speak at the assembly",
    ],
)
def test_a_teachers_lesson_and_a_turn_to_speak_are_not_held(post):
    assert worst_in(post, "self_harm") < 3, scan_post(STARTER, post)
