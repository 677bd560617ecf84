"""A student of 13-16 tells a harm in the plainest words, in English or Spanish, with no slang a
library would list for it ("i skip lunch so i can get thinner", "those dirty muslims", "me
salto la comida para adelgazar"): each is recorded in its category at least at the level a lead
needs. The same plain words about ordinary things stay clean."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst, worst_in


@pytest.mark.parametrize(
    ("post", "category", "level"),
    [
        ("i throw up after i eat so the weight comes off", "eating_disorders", 2),
        ("i havent eaten in days and its working", "eating_disorders", 2),
        ("cuento todas las calorías y me siento fatal", "eating_disorders", 2),
        ("solo como una manzana y agua hasta la cena", "eating_disorders", 2),
        ("nobody would care if you died you know that", "bullying", HOLD),
        ("ojalá os muráis todos los de mi clase", "bullying", HOLD),
        ("those filthy muslims should leave our town", "hate", HOLD),
        ("asians are like monkeys lol", "hate", HOLD),
        ("los gitanos son como monos", "hate", HOLD),
        ("a 30 year old from fortnite wants me to meet him and not tell anyone", "grooming", HOLD),
        ("anyone want to buy some pills? dm me", "drugs", HOLD),
        ("mi hermano vende coca en el parque", "drugs", HOLD),
        ("people are passing round naked photos of a girl in my year", "sexting", HOLD),
        ("i know where my dad keeps his gun and i might take it in", "violence", HOLD),
        ("that guy who shot up the mosque is a hero to me", "extremism", HOLD),
    ],
)
def test_a_harm_in_plain_words_is_recorded_in_its_category(post, category, level):
    assert worst_in(post, category) >= level


@pytest.mark.parametrize(
    "post",
    [
        "i always throw up after a rollercoaster",
        "we counted every calorie in the food tech project",
        "the muslims in my class are fasting for ramadan",
        "we saw monkeys at the zoo on the trip",
        "los monos del zoo son muy graciosos",
        "my cousin keeps asking me to meet up at the cinema",
        "the pharmacy sells pills for hay fever",
        "i know where my dad keeps the biscuits",
        "the photos of the girls hockey team are on the website",
    ],
)
def test_the_same_plain_words_about_ordinary_things_are_clean(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    ["honestly i hate immigrants so much", "odio a los musulmanes de mi barrio"],
)
def test_hatred_of_a_whole_group_said_outright_is_held(post):
    assert worst_in(post, "hate") >= HOLD


def test_hatred_denied_is_no_hate():
    assert worst("i dont hate muslims, i have muslim friends") == 0
