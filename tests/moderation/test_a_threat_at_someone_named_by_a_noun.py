"""A threat names its target with a noun as often as with a pronoun: "im going to shoot the kid
in the face" was recorded at 1 (a neutral weapon word) because no "him" or "you" followed it.
A person named by a determiner and a noun now makes it a threat; sending someone a message or a
look, or shooting a ball, does not. Nor does a person who only owns the thing: "shoot the
teacher's retirement video" was held as a critical threat against teachers.
"""

import pytest

from tests.moderation.starter_library import HOLD, top_reading

# Written for the project.
THREATS = [
    "im going to shoot the kid in the face at the park",
    "i'm gonna stab that teacher tomorrow",
    "ima shoot his brother if he comes near me",
]

EVERYDAY = [
    "im going to shoot the kid a message about practice",
    "gonna shoot my brother a text when i get home",
    "im going to shoot the ball from the corner",
    "we are going to shoot the teacher's retirement video on friday",
    "year 11 will shoot the girls' hockey highlights reel",
]


@pytest.mark.parametrize("post", THREATS)
def test_a_threat_at_a_person_named_by_a_noun_is_held(post):
    severity, label = top_reading(post)
    assert severity >= HOLD and label == "threat", post


@pytest.mark.parametrize("post", EVERYDAY)
def test_a_message_or_a_ball_sent_is_no_threat(post):
    severity, label = top_reading(post)
    assert label != "threat" and severity < HOLD, post
