"""Criminal exploitation starts with an errand: a bag to carry, a package to drop off, stuff to
hold, a line to run, for money. The errand with a bag or a package and money, or a drug line,
reaches staff; carrying drinks at a wedding or running lines for the school play does not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "a guy pays me to carry a bag to the next town",
        "i got paid 50 quid to drop a package off at some flat",
        "they told me i owe them now and i have to run a line for them",
        "me pagaron 30 euros por llevar una mochila a otro barrio",
    ],
)
def test_being_paid_to_move_a_bag_or_run_a_line_is_held(post):
    assert worst(post) >= HOLD, post


def test_holding_stuff_for_someone_reaches_staff():
    assert worst("my cousin makes me hold stuff for him at my house i dont know whats in it") > 0


@pytest.mark.parametrize(
    "post",
    [
        "i got paid to carry the drinks at my uncle's wedding",
        "can you help me carry a bag of shopping up the stairs",
        "can you run lines with me for the play tonight",
        "can you hold my stuff for a sec while i tie my laces",
    ],
)
def test_errands_and_rehearsals_are_no_flag(post):
    assert worst(post) == 0, post
