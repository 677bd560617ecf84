"""Mr Reyes posts in the staff forum: "Our lesson about self-harm is next week" and "if a pupil
mentions suicide, ring the DSL". He names a topic and no one in particular, so the safeguarding
lead's queue stays for students. The moment a sentence names someone ("my friend", "I") or
dwells on the topic ("keep thinking about suicide"), it is a worry again, and a slur named as a
topic is still a slur."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER as LIBRARY


def flagged(text: str) -> bool:
    return bool(scan_post(LIBRARY, text))


@pytest.mark.parametrize(
    "post",
    [
        "Our lesson about self-harm is next week, after the half-term break.",
        "If a pupil mentions suicide, ring the DSL before the end of the day.",
        "The new cyberbullying policy goes to governors on Tuesday.",
        "Topics this term include online safety, consent, bullying, self-harm and vaping.",
        "The leaflet covers warning signs, for example grooming, sextortion, self-harm.",
    ],
)
def test_a_topic_named_by_staff_is_no_flag(post):
    assert not flagged(post)


@pytest.mark.parametrize(
    "post",
    [
        "I want to talk to someone about self-harm, I did it again",
        "my friend keeps talking about suicide and i'm scared",
        "been thinking about suicide a lot this week",
        "things on my mind: exams, my parents, self-harm",
        "she mentioned suicide twice at lunch",
    ],
)
def test_a_topic_with_someone_in_it_is_still_flagged(post):
    assert flagged(post)


def test_a_slur_named_as_a_topic_is_still_flagged():
    assert flagged("we had an assembly about the word faggot being used in corridors")


def test_a_behaviour_named_as_a_warning_sign_is_no_flag():
    assert not flagged("Adults who ask a child to keep it a secret are a red flag.")
    assert not flagged("Moving a chat to a private chat quickly can be a warning sign.")


def test_asking_whether_it_is_a_warning_sign_about_someone_is_still_flagged():
    assert flagged("he wants me in a private chat, is that a red flag?")


def test_asking_for_help_about_a_topic_is_still_flagged():
    assert flagged("any advice about self-harm? asking for me")
    assert flagged("tips for coping, topics like bulimia and self-harm")


def test_a_word_defined_in_spanish_is_a_mention():
    assert not flagged("A esto se le llama grooming, y hay que contarlo.")


def test_a_topic_with_a_method_in_it_is_still_flagged():
    assert flagged("watching a video about suicide methods")
