"""'My mum is gonna kill me if I fail maths' is the commonest death threat in student writing
and is no threat: it is recorded low, never held; a parent's threat that silences ('if I
tell') is held like any other."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "my mum is gonna kill me if i fail maths",
        "my dad is going to kill me when he sees my report",
        "my mums gonna kill me for losing my blazer again",
    ],
)
def test_a_parent_who_will_kill_the_writer_over_marks_is_not_held(post):
    assert 0 < worst(post) < HOLD


def test_laughed_off_or_passed_on_it_is_no_flag():
    assert worst("my mum will kill me lol") == 0
    assert worst("My mum says she will kill me if I'm late again, but she's joking.") == 0


@pytest.mark.parametrize(
    "post",
    ["my dad says he will kill me if i tell anyone", "my dad will kill me if i say anything"],
)
def test_a_parents_threat_that_silences_is_held(post):
    assert worst(post) >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "That test killed me, I need a nap.",
        "this homework is literally killing me",
        "the maths exam is going to kill me",
    ],
)
def test_a_thing_that_will_kill_the_writer_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize("post", ["that guy is gonna kill me", "the gang will kill me"])
def test_a_person_who_will_kill_the_writer_is_still_held(post):
    assert worst(post) >= HOLD
