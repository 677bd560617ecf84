"""A student tells a trusted adult what a friend said he will do: cut, stab or jump a named
person, with a knife shown. Reported speech is usually a story, but a plan passed on by a witness
is what a lead must hear the same day: high violence. The same knife in a kitchen, a haircut or a
match stays unflagged."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _worst(post: str) -> int:
    return max(
        (m.severity for m in scan_post(STARTER, post) if m.category == "violence"), default=0
    )


@pytest.mark.parametrize(
    "post",
    [
        "kai had a knife in his hoodie at lunch and he said he's gonna stab marcus after school",
        "my cousin says she will slash her ex with the knife she keeps in her bag",
        "mi amiga dice que va a traer una navaja el lunes para rajar a una de segundo",
    ],
)
def test_a_friends_plan_to_hurt_someone_told_by_a_witness_is_high(post):
    assert _worst(post) >= 3


@pytest.mark.parametrize(
    "post",
    [
        "my brother says he's going to cut the birthday cake with the big knife",
        "she's going to cut her fringe with the kitchen knife, help",
        "mi padre dice que va a usar el cuchillo nuevo para cortar el pan",
    ],
)
def test_a_knife_at_home_with_no_one_to_hurt_stays_unflagged(post):
    assert _worst(post) < 3
