"""A school shooting told as done ("he shot up the school", "a boy shot up my cousin's school
yesterday") is flagged low: news, or an attack a student saw or heard of, for a lead to look at,
not a hold. Wished again or planned beside it ("and now he wants to do it again", "gonna"), it
stays a threat to the place: critical. A phrase's irregular past is read as its past ("shot",
"taken", "hung")."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _worst(post: str) -> int:
    return max((m.severity for m in scan_post(STARTER, post)), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "did u hear a kid shot up the school in ohio",
        "the man who shot up the school near my aunts house got arrested",
    ],
)
def test_a_school_shooting_told_as_done_is_flagged_low(post):
    assert _worst(post) == 2


@pytest.mark.parametrize(
    "post",
    [
        "jake shot up the school in his dream and says he'll do it for real next week",
        "i'm gonna shoot up the school like that kid did",
    ],
)
def test_a_shooting_wished_again_or_planned_stays_critical(post):
    assert _worst(post) == 4


def test_an_overdose_in_the_irregular_past_is_read_as_the_phrase():
    assert _worst("ive taken all my tablets, its too late now") == 4
