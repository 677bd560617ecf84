"""A student asks, "for a friend", how many paracetamol it would take. Nothing in the library
named the question, so the post raised no flag at all; a lethal dose asked about is held for a
lead to ask who it is for. The words talked about in training stay no flag."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "asking for a friend: how many paracetamol would it take to die",
        "how many tablets would it take, asking for my cousin",
        "how many pills would kill a 14 year old",
    ],
)
def test_a_lethal_dose_asked_about_is_held(post):
    assert worst_in(post, "self_harm") >= 3, scan_post(STARTER, post)


def test_the_question_named_in_training_is_no_flag():
    post = 'what does "how many pills would it take" mean in the safeguarding training'
    assert worst_in(post, "self_harm") == 0, scan_post(STARTER, post)
