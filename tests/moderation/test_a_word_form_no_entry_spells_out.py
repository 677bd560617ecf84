"""A student inflects a library phrase in a way no entry spells out: an irregular past ("she's
given up on life", "they've beaten him up"), a phrase said of a group ("we should all hang
ourselves", "they keep cutting themselves"), one of a pair ("slit my wrist"), or a slur's plural
spelt as its possessive ("trannys"). The library derives these forms when it is compiled; the
same words in their ordinary senses stay clean."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst, worst_in


@pytest.mark.parametrize(
    ("post", "category"),
    [
        ("honestly ive given up on life at this point", "self_harm"),
        ("i felt like dying every single day last term", "self_harm"),
        ("year 11s have beaten me up twice this week", "bullying"),
        ("last night i slit my wrist in the bath", "self_harm"),
        ("the twins said they cut themselves on purpose", "self_harm"),
        ("all you emos should go hang yourselves", "bullying"),
        ("trannys dont belong in the girls changing room", "hate"),
    ],
)
def test_an_inflected_phrase_is_held_in_its_category(post, category):
    assert worst_in(post, category) >= HOLD


def test_a_group_that_speaks_of_killing_themselves_is_recorded():
    assert worst_in("me and my friends are going to kill ourselves on friday", "self_harm") >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "i gave up on the science homework, it was impossible",
        "we really enjoyed ourselves at the school disco",
        "she felt like laughing when the fire alarm went off",
        "i broke my wrist at rugby and now i cant write",
        "the teacher kept the trays in the cupboard",
        "they beat us 3-0 in the cup final",
    ],
)
def test_the_same_words_in_their_ordinary_sense_are_clean(post):
    assert worst(post) == 0
