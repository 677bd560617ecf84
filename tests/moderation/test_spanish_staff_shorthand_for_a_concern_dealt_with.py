"""Don Andrés, jefe de estudios, writes the day's "parte de incidencias" in the staff forum in
the shorthand Spanish schools use: "alumno de 1º amenaza con matar a otro a la salida. Tutor
informado, se llama a casa". As with "DSL informed, parents contacted" in English, the post is
the record of a concern already with the people who deal with it: a high match is recorded two
levels lower under 'handled' and is not held; the lead can still read it. A student who tells
of harm to them, or to their family, is never read that way, whoever is informed."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import recorded_as_handled, worst


@pytest.mark.parametrize(
    "post",
    [
        "Incidencia 3ºA: un alumno dijo en el pasillo que se quiere suicidar. Orientación "
        "informada y se llama a la familia.",
        "Alumno de 2º amenaza con 'partirle la cara' a un compañero en el comedor. Jefatura "
        "avisada, llamada a las familias.",
        "Una alumna escribió en su cuaderno que se va a suicidar; se activa el protocolo y se "
        "informa a la madre.",
    ],
)
def test_a_concern_recorded_as_passed_on_in_spanish_is_not_held(post):
    assert recorded_as_handled(post), "still recorded, not held: the lead can read it"


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        # the writer, or the writer's own family, in the clause: a disclosure
        ("Mi padrastro me pega todas las noches, la policía está informada.", 3),
        ("Me quiero suicidar y mis padres ya están avisados, pero me da igual.", 3),
        # nothing passed on yet: the forum is the wrong place, the lead must see it
        ("Un alumno de 1º dice que mañana trae un cuchillo para apuñalar a un compañero.", 3),
    ],
)
def test_a_disclosure_or_a_concern_not_yet_passed_on_stays_high(post, at_least):
    assert worst(post) >= at_least
