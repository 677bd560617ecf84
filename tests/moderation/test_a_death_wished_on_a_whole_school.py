"""A student wishes death on everyone at their school. With a day named or a warning of what
will happen, it is a threat to the place and the lead must see it first: critical, as violence.
Without one it is high violence: a talk the same day. The writer's own guilt ("i deserve to
die") stays self-harm, and a wish on one person is not a threat to a place."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _readings(post: str) -> set[tuple[str, int]]:
    return {(m.category, m.severity) for m in scan_post(STARTER, post)}


@pytest.mark.parametrize(
    "post",
    [
        "everybody in this stupid school deserves to die. you'll see on monday",
        "this whole school deserves to die, dont come in tomorrow",
        "all of you at this academy deserve to die, just wait",
    ],
)
def test_a_death_wished_on_a_school_with_a_warning_is_critical_violence(post):
    assert ("violence", 4) in _readings(post)


def test_the_wish_without_a_warning_is_high_violence():
    assert _readings("honestly everyone at this college deserves to die") == {("violence", 3)}


@pytest.mark.parametrize(
    "post",
    [
        "i deserve to die for what i did to my mum",
        "nobody at this school deserves to die like that, rest in peace",
    ],
)
def test_the_writers_own_guilt_or_a_wish_denied_is_no_threat_to_a_place(post):
    assert not any(category == "violence" for category, _ in _readings(post))
