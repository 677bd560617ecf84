"""Students drop a word into a phrase without changing what it says: "i want to like die", "end
my fucking life", "kill my fucking self", "quiero literalmente morirme". The phrase is still
what the lead must see, at its own severity; a filler that changes the words' sense ("be like
him") is no phrase at all."""

from __future__ import annotations

import pytest

from moderation.scanning.forms import filler_forms
from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "honestly i want to like die",
        "i want to literally die rn",
        "i just want to end my fucking life",
        "i'm going to kill my fucking self tonight",
        "quiero literalmente morirme",
        "me quiero como morir",
    ],
)
def test_a_wish_to_die_with_a_filler_inside_is_still_critical(post):
    assert worst_in(post, "self_harm") == 4, post


@pytest.mark.parametrize(
    "post",
    ["i would never want to be like him", "i just want to like him back", "i want to like it"],
)
def test_like_as_a_verb_or_a_comparison_is_no_filler(post):
    assert worst(post) == 0, post


def test_like_is_no_filler_before_an_object():
    assert "kill like him" not in filler_forms("kill him")
    assert "want to like die" in filler_forms("want to die")


def test_a_filler_is_never_what_a_phrase_is_screened_on():
    # A phrase is screened on its rarest word; were it "honestly", every chatty post would be
    # sent on to the full check (a 64 KiB paste of "it was fun honestly" took 60 ms, not 1).
    from moderation.scanning.forms import FILLERS, SPANISH_FILLERS
    from moderation.scanning.keys import _COMMON_WORDS

    assert set(FILLERS + SPANISH_FILLERS) <= _COMMON_WORDS
