"""A suicide told as an event (a death on the railway, a scene in a series, a rise in the figures,
a verdict) or a word named as what a lesson or the stigma is about: the news and lessons a
student reads and reposts. No flag where nobody in particular is in the sentence; the writer's
own loss recorded low for staff to read; the writer's own act or plan stays as serious as it was."""

from __future__ import annotations

import pytest

from moderation.scanning.context import TOPIC
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def _self_harm(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "self_harm"]


@pytest.mark.parametrize(
    "post",
    [
        "Northern line suspended after a suicide at Camden Town this morning",
        "The inquest returned a verdict of suicide and the family thanked the paramedics",
        "Suicides among young construction workers have doubled since 2010, says the union",
        "The final episode shows the suicide off screen, which was handled well",
        "The taboo around self-harm means most teenagers never tell anyone",
        "Yesterday's assembly was about self-harm and who to talk to",
    ],
)
def test_a_suicide_told_as_news_or_a_lesson_raises_nothing(post):
    assert _self_harm(post) == []


def test_deaths_close_to_the_writer_stay_held():
    # a cluster in the writer's own town or school spreads: a lead must see it
    assert max(m.severity for m in _self_harm("another suicide at our college this term")) >= HOLD


def test_the_writers_own_loss_is_recorded_low_for_staff():
    (match,) = _self_harm("we lost my big cousin to suicide in the summer")
    assert match.context == TOPIC and match.severity < HOLD


@pytest.mark.parametrize(
    "post",
    [
        "i made a suicide attempt on saturday and nobody knows",
        "i'm planning a suicide, i've thought it through",
        "the suicide note is in my drawer for when i go",
    ],
)
def test_the_writers_own_act_or_plan_stays_held(post):
    assert max((m.severity for m in _self_harm(post)), default=0) >= HOLD, _self_harm(post)


@pytest.mark.parametrize(
    "post",
    [
        "there was a suicide on the line this morning so my train was late",
        "my train was late, a suicide on the line",
    ],
)
def test_a_death_on_the_line_that_delayed_my_train_is_news(post):
    # "my" names the writer's journey here, not their circle: still news, no flag
    found = scan_post(STARTER, post)
    assert not [m for m in found if m.category == "self_harm"], found


def test_a_suicide_in_my_year_stays_held_beside_my_train():
    found = scan_post(STARTER, "there was a suicide in my year, my train home was so quiet")
    assert max(m.severity for m in found if m.category == "self_harm") >= 3, found
