"""A student doing a project asks what a term means, the term in quotation marks: 'what does
"self-injury" cover?', 'can someone explain what "suicidal ideation" means'. The words are
mentioned, not used: no flag. The same question about the writer, or the words used outside
quotes, is read as before."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def _self_harm(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "self_harm"]


@pytest.mark.parametrize(
    "post",
    [
        'For the health unit: what does "self injury" cover exactly?',
        'can someone explain what "active suicidal ideation" means? the textbook is confusing',
    ],
)
def test_a_term_asked_about_in_quotes_raises_nothing(post):
    assert _self_harm(post) == []


@pytest.mark.parametrize(
    "post",
    [
        'what does "self harm" mean if i do it every night?',
        "what does it mean that i keep thinking about suicide",
    ],
)
def test_the_writers_own_question_stays_held(post):
    assert max((m.severity for m in _self_harm(post)), default=0) >= HOLD, _self_harm(post)
