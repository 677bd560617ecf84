"""A whole group wished burned, shot or hanged ("gays should be burned"), or said to stink
("los negros apestan"), is hate speech like the generalisations before it; a sentence about the
group that wishes it nothing stays clean."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    ["gays should be burned", "honestly muslims should be shot", "los negros apestan"],
)
def test_a_group_wished_dead_or_called_filthy_is_hate(post):
    assert worst_in(post, "hate") >= 3, post


@pytest.mark.parametrize(
    "post",
    ["gays should be protected at school", "los gitanos celebran una boda preciosa"],
)
def test_a_group_named_kindly_is_no_flag(post):
    assert worst(post) == 0, post
