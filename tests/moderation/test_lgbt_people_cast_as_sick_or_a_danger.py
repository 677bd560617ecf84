"""A student casts lesbian, gay or trans people as mentally ill or as a danger to children, or a
whole people as thieves, in English or Spanish, in the words teenagers type ("gays r nasty",
"las trans son enfermas mentales", "los rumanos son todos unos ladrones"): hate, held for a lead.
Care for refugees after a war, thieves in a film, burglars and a class freaking out about a test
are no flag; the trope reported to be condemned is recorded, lower.
"""

import pytest

from tests.moderation.starter_library import HOLD, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "lesbians r nasty tbh",
        "honestly transgender people are sick in the head",
        "gay people shouldnt be allowed near kids its just facts",
        "trans women are groomers",
        "los gays están enfermos de la cabeza",
        "las lesbianas son enfermas",
        "los rumanos son todos unos ladrones",
        "los chinos son ladrones",
    ],
)
def test_the_trope_or_the_slander_is_held_as_hate(post):
    assert worst_in(post, "hate") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "many refugees are mentally ill after what happened in the war",
        "the thieves in the film are nasty",
        "los ladrones entraron en casa de mis abuelos",
        "the gays in my class are freaking out about the test",
        "my uncle and his friends are nasty to trans people",
    ],
)
def test_care_films_burglars_and_a_class_are_no_flag(post):
    assert worst_in(post, "hate") == 0


def test_the_trope_quoted_to_condemn_it_is_recorded_below_holding():
    post = "in pshe we learned that saying trans people are mentally ill is transphobic"
    assert 0 < worst_in(post, "hate") < HOLD
