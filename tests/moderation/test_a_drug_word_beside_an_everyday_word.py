"""'Weed out' is an everyday phrase ("we need to weed out the bad ideas"), but a drug told where
it was smoked is no weeding: "we smoked weed out back before 3rd period" is still flagged."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _categories(post: str) -> set[str]:
    return {m.category for m in scan_post(STARTER, post)}


@pytest.mark.parametrize(
    "post",
    [
        "we smoked weed out back after school",
        "got some weed out of my brothers room lol",
        "smoking weed out the back of the sports hall",
    ],
)
def test_a_drug_told_where_it_was_smoked_is_flagged(post):
    assert "drugs" in _categories(post)


@pytest.mark.parametrize(
    "post",
    [
        "trials are there to weed out the weak players",
        "the interview helps weed out people who dont care",
        "we weed out the worst ideas first",
    ],
)
def test_weeding_out_is_no_drug(post):
    assert "drugs" not in _categories(post)
