"""Spanish friends threaten each other with a laugh at the end ("te voy a romper la cara
jajaja"): the lead sees it recorded, never as the critical emergency a real threat against a
school is."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "te voy a romper la cara jajaja",
        "si me vuelves a copiar el examen te mato jaja",
        "te voy a reventar la cara jajajaja",
    ],
)
def test_a_joking_threat_is_recorded_but_never_critical(post):
    assert 0 < worst(post) < 4, post


def test_the_same_threat_without_a_laugh_is_held():
    assert worst_in("mañana a la salida te voy a romper la cara", "violence") >= 3
