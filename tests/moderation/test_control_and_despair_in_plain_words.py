"""A second round of what students write, read as a safeguarding lead reads: a wish not to wake
up, skin hurt until it bleeds, food got rid of, a child locked in or bruised, a partner who
controls, a lift from a stranger, pictures bought or forced, a beating told or planned. Each
reaches staff; the same words about a cold, a sports team, a game or food poisoning do not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "i keep scratching my arms til they bleed",
        "i just wanna end it",
        "my parents lock me in my room for days",
        "i have bruises from where my dad grabbed me",
        "he told me im mature for my age and sent me a snap of his thing",
        "ojala me muera mientras duermo",
        "me rasco los brazos hasta sangrar",
        "mis padres me encierran en mi cuarto",
        "el novio de mi madre entra en mi cuarto por las noches",
        "un chico de mi clase dice q quiere disparar a todos",
    ],
)
def test_a_wish_to_die_self_harm_or_abuse_is_held(post):
    assert worst(post) >= HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "my dad said if i tell anyone he'll kick me out",
        "the year 10s said theyd beat me up",
        "my uncle took me to a house and there were older men there giving us vodka",
        "if i eat lunch i go to the bathroom and get rid of it",
        "honestly wish i could just go to sleep and not wake up",
        "my boyfriend checks my phone and gets angry when i talk to boys",
        "i'm scared my brother is gonna hurt me again",
        "someone at the bus stop keeps asking me to get in his car",
        "he said he'd pay for my nails if i sent pics",
        "i got into a car with some guys i met online",
        "there's a group of boys making me send them stuff or they'll tell everyone",
        "he slapped me in front of everyone at the party",
        "they beat him up and filmed it and now its everywhere",
        "i'm gonna batter him when i see him",
        "shes such a fat cow nobody likes her",
        "mi papa dice q si le cuento a alguien me echa de casa",
        "mi novio me revisa el celular y se enoja si hablo con chicos",
        "los de 3ro dijeron q me van a pegar si vengo mañana",
        "no he comido nada en 3 dias y me mareo",
        "si como algo lo vomito",
        "no valgo nada y todos me odian",
        "esa gorda da asco nadie la quiere",
        "mis amigos venden marihuana en el recreo",
    ],
)
def test_control_coercion_and_threats_reach_staff(post):
    assert worst(post) > 0, post


@pytest.mark.parametrize(
    "post",
    [
        "if i miss training again the coach will kick me out of the team",
        "mi hermano me va a pegar el resfriado",
        "en el juego hay que disparar a todos lados",
        "i scratched my arms on the brambles at camp",
        "i feel sick after i eat too much chocolate",
    ],
)
def test_a_team_a_cold_a_game_or_too_much_chocolate_is_no_flag(post):
    assert worst(post) == 0, post
