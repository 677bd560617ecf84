"""A student who writes that they relapsed, and names what into ("i relapsed last night, the
cuts are worse than before", "recaí anoche, los cortes están peor"), is harming themselves now:
the lead sees it held, as "relapsed and cut" is. A relapse into a cigarette or a diet stays low."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "i relapsed last night, the cuts are worse than before",
        "relapsed after 200 days clean, i hate myself",
        "recaí anoche, los cortes están peor",
    ],
)
def test_a_relapse_into_self_harm_is_held(post):
    assert worst_in(post, "self_harm") >= HOLD, post


@pytest.mark.parametrize(
    "post",
    ["i relapsed, had a cigarette after 3 weeks off", "i relapsed on my diet and ate a pizza lol"],
)
def test_a_relapse_into_nothing_harmful_is_not_held(post):
    assert worst_in(post, "self_harm") < HOLD, post
