"""A student shares what to do when a friend is in crisis: "if a friend says they want to die,
tell an adult". The harm is no one's in particular; the post is advice, as a lesson is, and
raises nothing. A conditional that is the writer's own ("if anyone asks, i want to die") or the
reader's alone is read as before."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def _worst(post: str) -> int:
    return max((m.severity for m in scan_post(STARTER, post)), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "If a mate ever says they want to die, stay with them and ring 111",
        "when someone tells you they're suicidal, don't panic, just listen",
        "Warning signs someone may want to kill themselves: giving stuff away, saying goodbye",
        "si un amigo te dice que se quiere suicidar, cuéntaselo a un adulto",
    ],
)
def test_advice_about_someone_in_crisis_raises_nothing(post):
    assert _worst(post) == 0, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post",
    [
        "if anyone asks, i want to die and i mean it",
        "when someone asks how i am i say fine but i want to die",
        "my friend says she wants to kill herself tonight",
    ],
)
def test_the_writers_own_wish_or_a_friend_in_particular_stays_held(post):
    assert _worst(post) >= HOLD, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post",
    [
        # a trainer's advice, with a word between the person and "whether" or "if"
        "Asking a pupil calmly whether they are thinking about suicide is protective, not risky.",
        "Ask someone directly if they want to kill themselves; it won't give them the idea.",
    ],
)
def test_advice_from_suicide_prevention_training_raises_nothing(post):
    assert _worst(post) == 0, scan_post(STARTER, post)


def test_someone_asking_the_writer_still_names_the_writer():
    assert _worst("someone in my form keeps asking me whether i want to die. i do.") >= HOLD
