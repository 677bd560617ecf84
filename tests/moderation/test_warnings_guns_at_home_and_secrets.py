"""A third round of what students write: a warning that a shooting will happen, a parent's gun
within reach, an adult who messages at night and asks for secrecy, food withheld, a parent gone
for days, images threatened to be sent home, monkey noises in a corridor. Each reaches staff;
the same words in a game, a lesson or a family's ordinary evening do not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "i heard a kid say theres going to be a shooting on friday",
        "escuche q alguien va a hacer un tiroteo el viernes",
    ],
)
def test_a_warning_of_a_shooting_is_critical(post):
    assert worst(post) == 4, post


@pytest.mark.parametrize(
    "post",
    [
        "im gonna get my dads gun and end it",
        "voy a agarrar la pistola de mi papa y acabar con todo",
        "my coach keeps texting me at night and says not to tell my parents",
        "mi entrenador me escribe de noche y me dice q no les diga a mis papas",
        "i sent a pic and now hes threatening to send it to my family",
        "they did monkey noises at me in the corridor again",
        "my stepmum doesnt let me eat with the family",
        "theres no heating and my mum hasnt been home in days",
        "my older brother makes me do stuff i dont want to and says its a game",
        "ya no quiero estar aqui",
    ],
)
def test_access_to_a_gun_secrecy_and_neglect_are_held(post):
    assert worst(post) >= HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "this guy keeps asking what school i go to and where i live",
        "un señor me pregunta a q escuela voy y donde vivo",
        "my friend showed me a telegram group with nazi stuff and i think hes into it",
        "a man outside school offered me a lift and sweets",
        "my mates older cousin gives us weed for free if we hold stuff",
        "me dicen sudaca y q me vuelva a mi pais",
    ],
)
def test_lures_and_a_friend_drawn_in_reach_staff(post):
    assert worst(post) > 0, post


@pytest.mark.parametrize(
    "post",
    [
        "we watched a film where there was a shooting star",
        "my mum doesn't let me eat sweets before dinner",
        "grandma offered a lift to the station",
    ],
)
def test_a_club_a_film_and_a_familys_rules_are_no_flag(post):
    assert worst(post) == 0, post


def test_a_parents_gun_club_is_not_held_as_a_gun_within_reach():
    # "dad's gun club" is an allowed phrase; the word "gun" beside "my" is still recorded
    assert worst("my dad's gun club meets on sundays at the range") < HOLD
