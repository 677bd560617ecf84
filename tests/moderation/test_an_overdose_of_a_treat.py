"""A dictionary, a food blog and a student after the holidays say someone "overdosed on
chocolate", "overdosed on telly" or "overdosed on the sun": too much of a treat or a pastime,
named right after "on". That is no flag. An overdose of pills, medicine or a drug, or of
"sugar pills", is read as it always was."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "The children overdosed on sweets at the fair and were sick on the waltzer.",
        "i overdosed on youtube all weekend and did zero revision",
        "We overdosed on the sun in Malaga and came back lobster red.",
    ],
)
def test_an_overdose_of_a_treat_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("i overdosed on my mums tablets last night", 4),
        ("she overdosed on her antidepressants at the weekend", 3),
        ("i overdosed on sweets and then took all my pills", 4),
        ("my cousin overdosed on sugar pills he bought online", 1),
        ("he overdosed on sweets no actually he swallowed a load of paracetamol", 3),
    ],
)
def test_an_overdose_of_medicine_or_pills_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
