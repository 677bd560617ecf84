"""Students moan that "chemistry is gonna kill me" or "revision will literally kill me": a
school subject, a chore or a worry named bare as the doer is the idiom, like "this homework is
killing me", and no threat. A person who will kill the writer is still a threat Ms Okafor sees,
whatever else the sentence names."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "chemistry is gonna kill me",
        "ugh revision will literally kill me this week",
        "coursework is going to kill me before half term",
        "marking these mocks is slowly killing me",
        "Stress will kill you if you never rest, says the nurse.",
    ],
)
def test_a_subject_or_a_chore_that_will_kill_someone_is_the_idiom(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "a boy at school is gonna kill me",
        "my brother and maths are gonna kill me",
        "jake is going to kill me after school",
    ],
)
def test_a_person_who_will_kill_the_writer_is_still_held(post):
    assert worst(post) >= HOLD
