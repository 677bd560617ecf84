"""History books and dictionaries keep the chroniclers' formula for an army laying a land to
waste: "the raiders looted and raped their way along the coast", "rape and plunder". Beside
its plunder word the rape word is the formula and no flag. Rape told of a person, even beside
a theft, stays a concern at its severity."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "The raiders looted and raped their way along the coast of Northumbria.",
        "Mercenaries raped and plundered across the duchy for a decade, the annals say.",
    ],
)
def test_the_plunder_formula_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "he raped and beat her behind the leisure centre",
        "they raped her and looted the flat after",
        "my cousin raped me and robbed my phone",
        "she was raped and robbed on the way back from the party",
    ],
)
def test_rape_told_of_a_person_is_still_held(post):
    assert worst(post) >= 3
