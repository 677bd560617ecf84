"""A student tells how someone asked them for photos of themselves.

"he asked me for pics", "he keeps asking for pics", "me pidió fotos" reached nobody: the
libraries held "send me a pic" and "send pics", the words of the person asking, but not the
student's account of being asked. A photo of the student in underwear is an indecent image
of a child, whoever asks for it, and is held.
"""

import pytest

from tests.moderation.starter_library import HOLD, worst

# Written for the project.
ASKED = [
    "this older guy online asked me for pics",
    "a boy from another school keeps asking for pics",
    "he wants pics of me and said its our secret",
    "un chico de internet me pidió fotos",
    "me está pidiendo fotos todo el rato",
]

UNDRESSED = [
    "he asked me to send him a photo of me in my underwear",
    "someone on snap wants pics in my underwear",
    "me pidió una foto en ropa interior",
]


@pytest.mark.parametrize("post", ASKED)
def test_being_asked_for_photos_reaches_staff(post):
    assert worst(post) >= 2, post


@pytest.mark.parametrize("post", UNDRESSED)
def test_a_photo_in_underwear_is_held(post):
    assert worst(post) >= HOLD, post


def test_photos_of_a_trip_are_no_concern():
    assert worst("pics from the trip are on the shared drive") == 0
    assert worst("can someone send me the photos of the worksheet") == 0
