"""A teacher logs a pupil's words and, a few sentences on, what they did about them; a student
tells how they helped a friend by telling their tutor. The lead reads both as a concern already
with an adult: recorded low, not held. A teacher who asks the forum what to do, a friend's secret
kept, and the writer's own harm stay as serious as they were."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER, worst


@pytest.mark.parametrize(
    "post",
    [
        "Quick log from 7C: a boy told his friend 'i want to die' when the fire drill went off "
        "mid-test. I had a word at the end of the lesson, he was laughing about it. Tutor aware.",
        'Heads up: during PE a Year 9 said "I\'ll shoot you" to his partner. Turned out it was '
        "about a laser tag party. Both spoken to anyway.",
        'Year 11 girl scrawled "I want to kill myself" on her revision timetable. I spoke to her '
        "straight after, she says it was the stress talking. DSL informed, no further action.",
        'Registro de 1ºC: un alumno le gritó "te voy a matar" a otro en el patio por un balón. '
        "Hablé con los dos y se pidieron perdón.",
    ],
)
def test_a_pupils_words_logged_with_what_was_done_are_not_held(post):
    found = scan_post(STARTER, post)
    assert all(m.severity < HOLD for m in found), found


@pytest.mark.parametrize(
    "post",
    [
        "my mate said he's been self-harming and i told my head of year the next morning. he's "
        "seeing someone now",
        "My friend messaged me saying she felt worthless and wanted to disappear. I rang her "
        "dad and he went round.",
        "mi amigo me contó que se autolesionaba y se lo conté a la orientadora. Ya está mejor.",
    ],
)
def test_a_friends_harm_the_student_told_an_adult_about_is_kept_low(post):
    found = scan_post(STARTER, post)
    assert found, "still recorded: the student who carried it is owed a check-in"
    assert all(m.severity < HOLD for m in found), found


@pytest.mark.parametrize(
    "post",
    [
        # the teacher has not acted and asks the forum
        "A Year 10 told me today 'I'm going to kill myself on Friday, I've got pills saved'. "
        "I haven't told anyone yet, should I?",
        # a friend's secret kept
        "my best friend said she is going to kill herself tonight and made me promise not to "
        "tell. I don't know what to do",
        # the writer's own harm, whoever they told
        "I cut myself every night and I told my mum but she doesn't care",
        "my stepdad hits me when he's drunk, I told my teacher but nothing happened",
    ],
)
def test_a_concern_nobody_has_yet_or_the_writers_own_stays_held(post):
    assert worst(post) >= HOLD, scan_post(STARTER, post)
