"""Hate aimed at a group does not always name the group: "they should all be deported" about
the family down the road, people called "invaders", a swastika on a classmate's locker. Each
reaches staff; the same words about a game, a lesson or a history book do not."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def hate(text: str) -> int:
    return max((m.severity for m in scan_post(STARTER, text) if m.category == "hate"), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "ngl they should all be deported every last one",
        "i hate all of them they should die",
        "them lot should go back to their own country",
        "those invaders need to go back",
        "todos ellos deberían largarse",
    ],
)
def test_a_group_named_only_as_they_reaches_staff_without_being_held(post):
    assert 0 < hate(post) < HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "all them immigrants are taking over our school",
        "migrants are swarming in and nobody does anything",
        "los moros deberian largarse de españa",
        "los inmigrantes son invasores",
        "go back to ur own country nobody wants u here",
        "he calls me a terrorist every day in pe",
    ],
)
def test_a_group_cast_as_invaders_or_a_student_abused_for_their_faith_is_held(post):
    assert hate(post) >= HOLD, post


def test_a_swastika_on_a_students_things_reaches_staff_even_as_told():
    assert hate("someone wrote a swastika on my locker") > 0
    assert hate("there's a swastika on my locker again") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "they should all be proud of the show tonight",
        "we played space invaders at the arcade",
        "the Viking invaders landed in Northumbria in 793",
        "those invaders from space in level 3 are impossible",
        "the swastika is an old symbol in Hindu temples",
        "immigrants are welcome in our town",
    ],
)
def test_the_same_words_in_a_game_a_lesson_or_a_welcome_are_no_flag(post):
    assert hate(post) == 0, post
