"""A student tells that someone sells or passes drugs to younger pupils, or at school ("an older
lad is flogging weed to the year 7s", "reparte pastillas a los de primero"): supply to children,
held for the lead whoever the seller is, in either language. Cola, sweets and garden plants sold
to the same children are no flag, and a drug sold far from any child keeps its reading."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def _drugs(post: str) -> int:
    return max((m.severity for m in scan_post(STARTER, post) if m.category == "drugs"), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "there's a lad in year 10 flogging weed to the year 7s at lunch",
        "my cousin said he deals ket to the little kids by the shops",
        "some older girl was passing vapes to the year 8s in the toilets",
        "ese de cuarto reparte porros a los de primero en el patio",
        "un chaval vendía coca a los pequeños en la puerta del cole",
        "this guy is selling xans at school and nobody does anything",
    ],
)
def test_a_drug_sold_or_passed_to_younger_pupils_is_held(post):
    assert _drugs(post) >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "the year 11s were selling cans of coke to the year 7s for charity",
        "my nan sells coca cola to the kids at her corner shop",
        "la tienda vende coca cola a los niños del cole",
        "he sold his pot plant to the primary school for their garden",
        "we were passing the weed killer to the year 9s in gardening club",
    ],
)
def test_cola_and_garden_things_sold_to_children_are_no_flag(post):
    assert _drugs(post) == 0


def test_a_drug_sold_to_children_in_a_documentary_of_the_90s_is_no_flag():
    assert _drugs("in the documentary a gang was selling crack to kids in the 90s") == 0


def test_a_sale_to_children_staff_write_up_as_dealt_with_is_left_to_the_staff_log_rules():
    post = (
        "Update for staff: a Year 10 was caught dealing weed to year 8s at the school gates, "
        "police are involved and he has been excluded."
    )
    assert _drugs(post) == 0
