"""Mrs Achebe, head of Year 9, posts the day's incidents on the staff board in the shorthand
staff use: "both spoken to, HoY aware", "known to CAMHS", "police came, he's now suspended",
"se aplicó el protocolo". A concern recorded as already dealt with is no new alarm: low words are
no flag and high ones are recorded two levels lower, never held. A pupil's words passed on by
the teacher they told ("a pupil told me ...") are the pupil's, not the teacher's. A student's
own account, with the same shorthand beside it, is still flagged."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, top_reading, worst


@pytest.mark.parametrize(
    "post",
    [
        'At break one lad told another "I\'ll batter you at the bus stop". Both spoken to, '
        "HoY aware.",
        "New Year 10 who self-harms, known to CAMHS, sits near the door in my room.",
        "A Year 11 brought a replica gun to school for a dare. Police came and he's now suspended.",
        'A Year 9 told me her dad "smokes weed every night". Logged as a concern.',
        "Un alumno amenazó con partirle la cara a otro en el patio. Se aplicó el protocolo.",
    ],
)
def test_a_concern_told_as_dealt_with_is_not_held(post):
    severity, label = top_reading(post)
    assert severity < HOLD
    assert label in ("handled", "")


def test_a_concern_whose_case_is_closed_is_recorded_lower():
    severity, _ = top_reading(
        "A girl in Year 7 was groomed online in the spring; the case closed in June."
    )
    assert severity < HOLD


@pytest.mark.parametrize(
    "post",
    [
        "the police came round because my stepdad hit me again",
        "i brought a knife to school to protect myself and im now suspended",
    ],
)
def test_a_students_own_account_beside_the_same_shorthand_is_still_flagged(post):
    assert worst(post) >= 2
