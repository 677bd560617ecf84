"""Students say "cut" with no object when they mean cutting themselves, and say they cannot
stop. The library held "cut myself" and "cutting again"; "i cut again last night" and "i can't
stop cutting" reached nobody, or were read as denials because of the "can't" before them.
"""

import pytest

from tests.moderation.starter_library import HOLD, top_reading, worst

# Written for the project.
SELF_HARM = [
    "i cut again last night and nobody knows",
    "ive been cutting since march",
    "my friend started cutting and i dont know what to do",
    "i can't stop cutting",
    "honestly i dont want to stop cutting",
    "me hago cortes cuando estoy triste",
    "me volví a cortar ayer",
]

EVERYDAY = [
    "please stop cutting in line at lunch",
    "dad has been cutting the grass all morning",
    "we started cutting out the shapes for the display",
    "the coach told us to stop cutting corners in the drills",
    "i've been cutting down on sugar this month",
]


@pytest.mark.parametrize("post", SELF_HARM)
def test_cutting_said_without_an_object_is_held_as_self_harm(post):
    assert worst(post) >= HOLD, post


def test_not_being_able_to_stop_is_no_denial():
    assert top_reading("i can't stop cutting") == (HOLD, "self")


@pytest.mark.parametrize("post", EVERYDAY)
def test_cutting_a_thing_is_no_concern(post):
    assert worst(post) == 0, post
