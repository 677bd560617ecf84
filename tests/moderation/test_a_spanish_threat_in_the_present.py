"""Spanish says a near future in the present: "mañana lo apuñalo" is "I'll stab him tomorrow",
as "te mato" already is. A student who writes a violence verb in the first person with a person
as its object ("lo apuñalo", "le pego un tiro", "los mato a todos") is held, critical when the
threat is against everyone. The same verbs said of studying, laughing, tickling, a shot at goal
or a game keep their innocent reading, and a joke or a spoiler stays low, as in English."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "mañana lo apuñalo en el patio",
        "a la salida lo apuñalo",
        "te apuñalo mañana en el pasillo",
        "le pego un tiro a ese profe",
        "te mato mañana en el recreo",
    ],
)
def test_a_threat_in_the_present_is_held(post):
    assert worst_in(post, "violence") >= 3, post


@pytest.mark.parametrize(
    "post",
    ["el viernes los mato a todos en el instituto", "los mato a todos el lunes en clase"],
)
def test_a_threat_against_everyone_is_critical(post):
    assert worst_in(post, "violence") == 4, post


@pytest.mark.parametrize(
    "post",
    [
        "me mato a estudiar para el examen",
        "me muero de risa con este video",
        "lo mato a cosquillas a mi hermanito",
        "los mato en el fortnite esta noche",
        "los mato a todos en la partida de esta noche",
        "mañana lo mato en el minecraft",
        "le pego un tiro al balón y gol",
    ],
)
def test_studying_laughing_tickling_a_shot_at_goal_or_a_game_is_no_flag(post):
    assert worst(post) == 0, post


@pytest.mark.parametrize(
    "post", ["te mato si me spoileas la serie", "te mato en el juego mañana jaja"]
)
def test_a_spoiler_or_a_game_joke_is_recorded_low_never_held(post):
    assert worst(post) < 3, post
