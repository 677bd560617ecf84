"""How an adult moves a child towards abuse, as children tell it: a call or a camera with
nobody else there, game currency for turning the camera on, a time when the parents are
asleep, a question about underwear, a touch, a house to come to alone, a secret from the
parents. Each reaches staff; a camera in an online lesson and a surprise kept do not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "he wants me to video call him alone",
        "can we go on camera just us two",
        "a man online keeps asking what colour my underwear is",
        "el profe me toca cuando estoy sola en el aula",
        "un señor del gimnasio me dijo q no le contara a mis papas lo q pasa",
    ],
)
def test_a_request_to_be_alone_on_camera_or_a_touch_is_held(post):
    assert worst(post) >= HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "this guy from fortnite says if i turn my cam on he'll give me vbucks",
        "he keeps asking me to go on facetime when my parents are asleep",
        "my teacher touches my leg when im alone in his classroom",
        "coach said i was his favourite and told me to come to his house alone",
        "he wants me to meet up and not tell anyone",
        "un chico de insta me pide q prenda la camara de noche",
    ],
)
def test_a_lure_or_a_secret_reaches_staff(post):
    assert worst(post) > 0, post


@pytest.mark.parametrize(
    "post",
    [
        "please turn your camera on for the lesson",
        "we video called grandma all together on sunday",
        "i promised not to tell anyone about the surprise party",
        "my leg touched the radiator and it burnt",
    ],
)
def test_a_camera_in_a_lesson_or_a_surprise_kept_is_no_flag(post):
    assert worst(post) == 0, post
