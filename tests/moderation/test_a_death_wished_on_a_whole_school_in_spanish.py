"""A student wishes death on everyone at their school in Spanish ("todos los de este instituto
merecen morir"). As in English, it is a threat to the place: high violence, critical with a day
or a warning ("el lunes lo veréis"). The writer's own guilt ("merezco morir") is self-harm; a
death denied on the place ("nadie de este cole merece morir así") or something else the school
deserves is no flag."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _readings(post: str) -> set[tuple[str, int]]:
    return {(m.category, m.severity) for m in scan_post(STARTER, post)}


@pytest.mark.parametrize(
    "post",
    [
        "todos los de este cole merecen morir, el viernes lo vais a ver",
        "todos en mi clase merecen morir y mañana no vengáis",
        "todo el puto insti merece morir, ya veréis el lunes",
    ],
)
def test_a_death_wished_on_a_school_with_a_day_or_a_warning_is_critical_violence(post):
    assert ("violence", 4) in _readings(post)


def test_the_wish_on_a_whole_class_without_a_warning_is_high_violence():
    assert _readings("sinceramente todas las de esta clase merecen morir") == {("violence", 3)}


def test_the_writers_own_guilt_is_self_harm():
    assert ("self_harm", 3) in _readings("merezco morir por lo que le hice a mi hermana")


@pytest.mark.parametrize(
    "post",
    [
        "nadie de este cole merece morir así, descansa en paz",
        "todos los de este insti merecen aprobar después de este trimestre",
    ],
)
def test_a_death_denied_on_the_place_or_a_good_wish_is_no_flag(post):
    assert _readings(post) == set()
