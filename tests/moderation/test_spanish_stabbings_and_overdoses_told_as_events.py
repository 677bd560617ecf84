"""Carmen, a nurse and a mother, writes in the families' group that the news about a stabbing by
the station has the children scared, and a tutor writes that the knife-crime talk was given by a
man whose cousin died stabbed. In Spanish "apuñalamiento", "apuñalado" and "sobredosis" are the
words of the news, of a casualty ward and of a health lesson, as "stabbing" and "overdose" are in
English: everyday words, recorded only when tied to a person. A student's own ("me apuñalaron",
"me tomé una sobredosis") and a threat ("quiere apuñalar a su profesor") stay high or critical."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Los niños están asustados por lo del apuñalamiento junto a la estación que salió "
        "en la tele.",
        "La charla la dio un hombre cuyo primo murió apuñalado hace diez años en una feria.",
        "Turno de noche en urgencias: tres apuñalados y dos accidentes de moto. Agotada.",
        "En la clase de salud hablamos de qué hacer si un amigo sufre una sobredosis de alcohol.",
        "El periódico dice que las sobredosis entre los jóvenes han subido este año.",
    ],
)
def test_a_stabbing_or_an_overdose_in_the_news_or_at_work_raises_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("Ayer me apuñalaron al salir del parque y no se lo he dicho a nadie.", 3),
        ("Anoche me tomé una sobredosis de pastillas y hoy estoy fatal.", 4),
        ("Creo que voy a tomarme una sobredosis cuando se duerman.", 4),
        ("Dice que quiere apuñalar a su profesor de mates el lunes.", 3),
        ("Mañana trae una navaja para apuñalar a un compañero en el recreo.", 3),
        ("Te voy a apuñalar a la salida.", 3),
    ],
)
def test_a_students_own_stabbing_or_overdose_and_a_threat_stay_high(post, at_least):
    assert worst(post) >= at_least
