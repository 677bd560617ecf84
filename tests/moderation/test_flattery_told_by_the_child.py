"""The grooming flattery ("madura para tu edad") reaches the lead when the child tells it in
their own words too: "mi entrenador dice que soy muy madura para mi edad"."""

from __future__ import annotations

from tests.moderation.starter_library import worst_in


def test_an_adults_flattery_told_by_the_child_is_recorded():
    post = "mi entrenador me manda mensajes diciendo que soy muy madura para mi edad"
    assert worst_in(post, "grooming") >= 2
