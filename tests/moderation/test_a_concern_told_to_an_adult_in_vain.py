"""A student told a teacher about a friend's harm, and it did not help: the teacher did nothing,
did not believe them, laughed it off, or the harm went on after the telling. A friend's harm told
to an adult is otherwise recorded low; told in vain it is still the lead's to see, held. A pupil's
quoted words with a plan or a day are held too, even in a staff log that says a tutor knows."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, recorded_as_handled, worst


@pytest.mark.parametrize(
    "post",
    [
        "my friend wants to kill herself, i told my form tutor but she didnt believe me",
        "i told miss about my friend cutting and nothing happened, she cut again last night",
        "my friend is being raped by her stepdad, i told my head of year last month but nothing "
        "changed",
        "i told mr price my friend wants to kill himself and he said he was being dramatic and "
        "ignored it",
        "i told my form tutor ages ago that my friend's dad hits her, she has new bruises today",
    ],
)
def test_a_friends_harm_told_to_an_adult_in_vain_is_held(post):
    assert worst(post) >= HOLD
    assert not recorded_as_handled(post)


def test_a_friends_harm_close_at_hand_after_the_telling_is_held():
    assert worst("i told my teacher that my friend is going to kill himself tonight") >= HOLD


def test_a_pupils_quoted_plan_with_a_day_is_held_though_the_tutor_is_aware():
    assert worst('Tutor aware. A Year 10 said "i have a plan to kill myself on friday"') >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "my friend told me she's been cutting again and i told my form tutor like the assembly "
        "said",
        "i told my form tutor my friend was self harming and the tutor is helping her now",
    ],
)
def test_a_friends_harm_told_to_an_adult_who_acts_is_still_recorded_low(post):
    assert recorded_as_handled(post)
