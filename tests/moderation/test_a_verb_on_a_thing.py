"""A science answer says "cold weather retards the growth of the seedlings" and a story says
"dogs cock their heads at a whistle": a library word that is also a verb, done to a thing, is
the verb. The insult or the dealer's name, with nothing done to anything, is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Cold weather retards the growth of the seedlings.",
        "Dogs cock their heads when they hear a whistle.",
        "To listen politely, cock one's head and keep quiet.",
        "Please plug your ears during the fireworks if they scare you.",
        "The salt in the soil retarded their roots all summer.",
        "Seedlings retarded by the late frost flowered a month after the rest.",
    ],
)
def test_the_verb_done_to_a_thing_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "stop acting like a retard",
        "those retards in year 9 again",
        "my plug is out, anyone know another one",
        "you are retarded by nature, everyone says so",
    ],
)
def test_the_insult_or_the_dealer_is_still_flagged(post):
    assert worst(post) >= 1


def test_an_instruction_that_opens_with_the_verb_is_the_verb_too():
    assert worst("Plug the leak in the paddling pool before you fill it.") == 0
    assert worst("Cock your head to one side and listen for the owl.") == 0


def test_a_description_is_no_verb_whatever_follows():
    assert worst("youre retarded the way you act in class") >= 2
    assert worst("thats so retarded the whole group laughed") >= 2
