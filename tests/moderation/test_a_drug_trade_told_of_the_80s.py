"""A student retells a documentary or a history lesson about the drug trade of the 1980s ("a
man was selling cocaine in Miami in the 80s"). Issue 17's plain phrases of dealing match it;
a decade of the last century after "the" now dates it as history, as "in the 1980s" already
did. Told of the writer, their family or today, it is still a concern."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst, worst_in


def test_a_dealer_of_the_80s_in_a_documentary_is_no_flag():
    assert worst("In the documentary a man was selling cocaine in Miami in the 80s.") == 0


@pytest.mark.parametrize(
    "post",
    [
        "my uncle was dealing coke in the 80s",
        "i was selling cocaine in the 80s",
        "my brother is selling cocaine, he says its like the 80s",
    ],
)
def test_dealing_told_of_the_writer_or_their_family_is_still_held(post):
    assert worst_in(post, "drugs") >= HOLD
