"""Mr Adeyemi logs the lunchtime incidents: 'Y8 - a lad told TW "I'll batter you after school",
both spoken to, parents rung'. The quotation's "I" is the pupil's and its "you" the pupil's
classmate: the writer is only the one who logs it, so a log that records the threat as already
dealt with is read as handled (two levels lower, not held), as it would be without the "you".
Where the writer is the one it was said to ('a boy said to me "..."'), or nothing has been done
yet, the threat stays high."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import recorded_as_handled, worst


@pytest.mark.parametrize(
    "post",
    [
        "Y8 lunch: a lad said 'I'll kill you' to TW over a football, both spoken to, parents rung.",
        'Break duty - Year 10 girl shouted "I\'ll stab you" across the yard. HoY informed, '
        "parents contacted.",
        "P5 9C: student wrote \"I'm going to kill you\" on a classmate's planner. Logged on "
        "CPOMS, sanctions applied.",
    ],
)
def test_a_pupils_threat_logged_as_dealt_with_is_not_held(post):
    assert recorded_as_handled(post), "still recorded, not held: the lead can read it"


@pytest.mark.parametrize(
    "post",
    [
        # said to the writer: a threat the writer received
        'A boy said to me "I\'ll kill you" and the police are involved.',
        # nothing done yet
        'Another boy said "I\'ll stab you tomorrow" at break and walked off.',
    ],
)
def test_a_threat_said_to_the_writer_or_not_yet_dealt_with_stays_high(post):
    assert worst(post) >= 3


@pytest.mark.parametrize(
    "post",
    [
        'Year 1 boy keeps shouting "I\'m going to shoot you" at his friends with finger guns. '
        "It's all superheroes at the moment.",
        "Reception girl roared 'I'm going to kill you' at the toy dinosaur, then fell about "
        "laughing.",
        'Un niño de 5 años le dice "te voy a matar" a su amigo con los dedos. Juegan a '
        "policías y ladrones.",
    ],
)
def test_a_young_childs_pretend_play_passed_on_by_staff_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        'A Year 9 boy said "I\'ll shoot you tomorrow" and showed a photo of a real gun, not a toy.',
        'A Year 6 boy said "I\'m going to stab you" to a girl in the lunch queue.',
    ],
)
def test_a_pupils_threat_with_no_make_believe_beside_it_stays_held(post):
    assert worst(post) >= 3
