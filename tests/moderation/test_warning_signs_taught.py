"""The pastoral team posts their training notes: lists of warning signs and indicators of
county lines, suicide risk and radicalisation. A safeguarding word named as the subject of
signs that staff are taught to notice is a topic, not a concern; a student who says the signs
are theirs is still flagged."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Suicide warning signs from today's twilight session: withdrawal, giving things away, "
        "sudden calm.",
        "County lines indicators include new phones, missing school and unexplained cash.",
        'The "county lines" drama the Year 9s watched was hard-hitting and well pitched.',
        "Signs a pupil might be self-harming: sleeves pulled down, plasters, avoiding swimming.",
        "From the CSE refresher: look for older boyfriends, gifts, lifts in cars and new phones.",
    ],
)
def test_a_word_named_as_the_subject_of_signs_staff_are_taught_is_no_flag(post):
    assert worst(post) == 0


def test_a_student_who_says_the_signs_are_theirs_is_still_held():
    assert worst("those suicide warning signs are all me, i've been giving my stuff away") >= HOLD


def test_a_student_looking_for_a_dealer_is_still_flagged():
    assert worst("where do i look for a plug to buy weed round here") >= 2


def test_the_law_on_a_topic_names_it_as_a_topic():
    assert worst("The law on sexting: sharing a nude of anyone under eighteen is an offence.") == 0


def test_a_harm_to_someone_in_particular_after_a_topic_frame_is_still_flagged():
    assert worst("my dad broke the law on drink driving again and hit my mum") >= HOLD
