"""A student says the overdose is already taken ("i've taken the pills", "took all my meds an
hour ago", "swallowed a whole packet"): a medical emergency, held for a lead at once. Medicine
taken as the doctor said ("took all my meds this morning like always", "me tomé todas las
pastillas que me recetó el médico") is no flag."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _worst(post: str) -> int:
    return max((m.severity for m in scan_post(STARTER, post)), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "i took all my meds like 30 mins ago, sorry",
        "ive taken all my pills, its done now",
        "swallowed a whole packet of my mums tablets",
    ],
)
def test_an_overdose_told_as_done_is_critical(post):
    assert _worst(post) == 4


def test_the_pills_taken_with_nothing_said_of_them_are_held_to_ask():
    assert _worst("ok i've taken the pills now") >= 3


@pytest.mark.parametrize(
    "post",
    [
        "took all my meds this morning like always, feeling ok",
        "i've taken the pills the doctor gave me for my ear",
        "have you taken the pills for your hayfever yet",
        "me tomé todas las pastillas que me recetó el médico para la garganta",
    ],
)
def test_medicine_taken_as_prescribed_is_no_flag(post):
    assert _worst(post) == 0
