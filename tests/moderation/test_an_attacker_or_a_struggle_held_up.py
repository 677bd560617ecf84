"""A student holds up an attacker named by his attack, or armed struggle, as the way, or says
someone is going to join a terrorist group, in English or Spanish: "the synagogue shooter did
nothing wrong", "la yihad es la única salida", "mi vecino se va a unir al estado islámico".

The attacker and the struggle are everyday names in lessons and news, so only agreement records
them, at least high; a sentence in court, a lesson on what the word means, a team joined and a
hero who is a grandfather are no flag. Holocaust denial said in the ways Spanish says it is high
too.
"""

import pytest

from moderation.scanning.context import ENDORSED
from tests.moderation.starter_library import HOLD, top_reading, worst


@pytest.mark.parametrize(
    "post",
    [
        "the synagogue shooter did nothing wrong and ppl need to wake up",
        "honestly the christchurch gunman was a legend",
        "jihad is the only answer for people like us",
        "la yihad es la única salida que nos queda",
        "mi vecino se va a unir al estado islámico, me lo dijo ayer",
        "el atacante de christchurch es un héroe",
        "isis es un héroe para mi primo",
    ],
)
def test_an_attacker_or_a_struggle_held_up_is_held_as_agreement(post):
    severity, context = top_reading(post)
    assert severity >= HOLD
    assert context == ENDORSED


@pytest.mark.parametrize(
    "post",
    [
        "the christchurch gunman was sentenced to life without parole",
        "we watched a documentary about the mosque shooter and the families",
        "in RE we learned that jihad means struggle, mostly the inner one",
        "en religión aprendimos que la yihad significa esfuerzo",
        "el tirador de christchurch fue condenado a cadena perpetua",
        "mi hermano se va a unir al equipo de fútbol",
        "estados unidos se va a unir al ataque contra el isis",
        "mi abuelo es un héroe para mí",
        "the only way to beat isis is to cut off their money",
    ],
)
def test_the_same_names_in_news_lessons_and_a_team_are_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    ["el holocausto es un invento de los judíos", "te lo juro, el holocausto es un mito"],
)
def test_holocaust_denial_in_spanish_words_is_held(post):
    assert worst(post) >= HOLD
