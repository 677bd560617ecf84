"""A history answer says "the highwayman Dick Turpin was hanged at York" and a lunch order says
"a burger and a Coke, please": a mild library word written as a name or a brand, capitalised
inside a sentence, is no flag. Opening a sentence, in capitals throughout, or in lower case,
it is read as before; and a slur is a slur however it is written."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "The highwayman Dick Turpin was hanged at York.",
        "I'll have a burger and a Coke, please.",
        "Our trip stopped at a diner where everyone drank Coke from glass bottles.",
    ],
)
def test_a_name_or_a_brand_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "who has coke for the party tonight",
        "Coke for sale, message me",
        "WHO WANTS SOME COKE",
        "Ur A Dick And Everyone Knows It",
        "got some Coke for later, bring a note to snort it",
    ],
)
def test_the_word_not_written_as_a_name_is_still_flagged(post):
    assert worst(post) >= 1
