"""Someone who came through self-harm, an eating disorder or an attempt tells the story to help
others. A lead sees it as the writer's past, low and not held; the same words brought back to the
present (again, a relapse, tonight, an intent) stay as serious as they were."""

from __future__ import annotations

import pytest

from moderation.scanning.context import PAST, describe
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def _found(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category in ("self_harm", "eating_disorders")]


@pytest.mark.parametrize(
    "post",
    [
        "At 14 I took an overdose. Now I'm at uni studying nursing and I'm proud of who I am.",
        "i used to cut myself every night in year 8, now i paint instead",
        "Growing up I wanted to die most days. I'm glad I stayed.",
        "eighteen months free from self harm today 🎉",
        "I starved myself for years and hid it well. Today I cooked for my whole family.",
        "de pequeña intenté cortarme las venas, hoy estoy orgullosa de seguir aquí",
    ],
)
def test_a_story_of_the_writers_past_is_recorded_low_and_not_held(post):
    found = _found(post)
    assert found, post
    assert all(m.severity < HOLD for m in found), found
    assert PAST in {m.context for m in found}


@pytest.mark.parametrize(
    "post",
    [
        # the past brought back to the present
        "i used to cut myself in year 8 and i started again last week",
        "when i was 13 i tried to kill myself and now i want to try again",
        "i used to starve myself and i'm back to it now",
        # a recent attempt is no story of the past
        "i took an overdose last night, i'm in hospital now",
        # ongoing, whatever the years
        "i've been cutting for years and it's worse now",
        "i cut myself for years now and today was the worst",
    ],
)
def test_the_past_brought_back_to_the_present_stays_held(post):
    assert max((m.severity for m in _found(post)), default=0) >= HOLD, _found(post)


def test_staff_read_what_the_past_label_means():
    assert "past" in describe(PAST) and "never held" in describe(PAST)
