"""Lucía, orientadora in a secondary school in Zaragoza, shares the language guidance from the
suicide-prevention training: "decimos 'murió por suicidio'". In Spanish "por" says how a death
came, as "by" does in "died by suicide": the death reported, not a wish. With nobody in the
sentence it raises nothing; someone's own ("mi hermano murió por suicidio") is recorded low
as a topic for staff to read; and a writer who goes on about themselves, with the "yo" Spanish
drops ("... y no puedo dejar de pensar en hacer lo mismo"), stays held."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "En la formación nos recordaron que se dice 'murió por suicidio', sin juzgar.",
        "Las muertes por suicidio entre jóvenes de 15 a 29 años son la primera causa externa.",
        "El informe recoge cada fallecimiento por suicidio en la provincia desde 2015.",
    ],
)
def test_a_death_by_suicide_reported_with_nobody_in_it_raises_nothing(post):
    assert worst(post) == 0


def test_someones_own_death_by_suicide_is_recorded_low_for_staff():
    assert 0 < worst("Mi primo murió por suicidio hace un mes.") < HOLD


@pytest.mark.parametrize(
    "post",
    [
        "Mi madre murió por suicidio y no puedo dejar de pensar en hacer lo mismo.",
        "Mi amigo murió por suicidio. Yo también quiero morirme.",
    ],
)
def test_a_writer_who_goes_on_about_themselves_stays_held(post):
    assert worst(post) >= HOLD
