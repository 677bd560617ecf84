"""A runner's log is not a cry for help: a library word that is also a unit of measure
("kms", shorthand for "kill myself") is the unit after a number, and the keyword anywhere else."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


@pytest.fixture(scope="module")
def library():
    return STARTER


def terms(library, text: str) -> set[str]:
    return {m.entry.term for m in scan_post(library, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ran 10 kms before school and my legs are done",
        "the charity walk is 2.5kms round the park",
        "Our coach wants 1,200 kms logged by June.",
    ],
)
def test_a_unit_after_a_number_is_no_match(library, text):
    assert "kms" not in terms(library, text)


@pytest.mark.parametrize(
    "text",
    ["honestly kms", "i ran 10 km and now i just want to kms", "kms 10 times over"],
)
def test_the_same_letters_without_a_number_before_them_are_still_the_keyword(library, text):
    assert "kms" in terms(library, text)
