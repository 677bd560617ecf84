"""A student discloses harm in the words students use, not the library's word order.

The libraries held "made me do things", "giving away my stuff" and "me obligó a hacer cosas";
the posts below said the same in another order or with another word ("stuff", "makes"), or
named a harm no entry held (home not being safe, a video posted to humiliate, restricting food
to lose weight), and reached nobody.
"""

import pytest

from tests.moderation.starter_library import HOLD, worst

# Written for the project: (post, the least severity a lead would want).
DISCLOSED = [
    ("my uncle makes me do stuff i dont like", HOLD),
    ("he was making me do things and said its normal", HOLD),
    ("i dont feel safe at home anymore", HOLD),
    ("im not safe at home, can i stay late", HOLD),
    ("ive been giving my stuff away to my friends", HOLD),
    ("mi tío me obliga a hacer cosas que no quiero", HOLD),
    ("no me siento segura en casa", HOLD),
    ("they posted a video of me crying and everyone is sharing it", 2),
    ("subieron un video mío llorando al grupo", 2),
    ("i skip lunch every day so i can lose weight", 2),
    ("a man in a car asked me to get in", 2),
    ("home is not safe for me right now", HOLD),
    ("en casa no estoy segura desde que volvió", HOLD),
    ("me da miedo volver a casa hoy", HOLD),
    ("they locked me out of the house all night again", 2),
    ("my mum was drunk again when i got back", 2),
    ("everyone in my form calls me names", 2),
    ("no he comido en tres dias", 2),
    ("my dad beats me when hes been drinking", HOLD),
    ("my stepdad beats me and my mum watches", HOLD),
]

EVERYDAY = [
    "the lesson said we should all feel safe at home and at school",
    "my mum posted a video on her cooking blog",
    "i skip lunch on tuesdays because of choir",
    "she asked me to get involved in the school play",
    "the game locked me out of my account again",
    "no he comido en ese restaurante nunca",
    "my dad beats me at chess every sunday",
]


@pytest.mark.parametrize(("post", "least"), DISCLOSED)
def test_a_disclosure_in_a_students_words_reaches_staff(post, least):
    assert worst(post) >= least, post


@pytest.mark.parametrize("post", EVERYDAY)
def test_the_same_words_in_everyday_life_raise_nothing(post):
    assert worst(post) == 0, post
