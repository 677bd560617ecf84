"""A student agrees with an extremist group, leader or theory.

History and news lessons name ISIS, Hitler and the Nazis all day, so the names alone raise
nothing. What a safeguarding lead must see is agreement: praise right after the name, support
or wanting to join before it, or a few words on pointing back. Agreement is at least high
(held at the default setting); the same name in history, or a view set out to be condemned,
is not.
"""

import pytest

from moderation.scanning.context import ENDORSED, describe
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, top_reading, worst
from tests.moderation.starter_library import STARTER as LIBRARY

# Written for the project.
AGREEING = [
    "isis have a point tbh",
    "honestly i think the nazis had a point",
    "hitler had some good ideas ngl",
    "i support isis and idc who knows",
    "i watched videos about the great replacement and it kinda makes sense",
    "saw a documentary about isis, honestly they are right about some things",
    "my cousin wants to join the islamic state",
    "my uncle says hitler had some good ideas",
    "el estado islámico tiene razón",
    "los nazis tenían razón en algunas cosas",
]

NOT_AGREEING = [
    "Hitler invaded Poland in September 1939.",
    "My grandad fought the Nazis in Italy.",
    "We studied how ISIS recruited teenagers online.",
    "The nazis were right-wing nationalists.",
    "people who say isis are heroes are sick",
    "the lesson on isis was long, they are right to ban their videos though",
    "the great replacement is a racist conspiracy theory",
]


@pytest.mark.parametrize("post", AGREEING)
def test_agreement_reaches_the_lead_held(post):
    severity, context = top_reading(post)
    assert severity >= HOLD and context == ENDORSED, f"{post!r}: {severity} ({context})"


@pytest.mark.parametrize("post", NOT_AGREEING)
def test_history_and_condemnation_are_not_raised(post):
    assert all(m.severity < HOLD and m.context != ENDORSED for m in scan_post(LIBRARY, post)), post


def test_staff_read_why_it_was_raised():
    assert "Agreed with by the writer" in describe(ENDORSED)


# Misogynist extremism reads the same way (written for the project).
@pytest.mark.parametrize(
    "post",
    [
        "incels have a point tbh",
        "i watch andrew tate every day, he is right about women",
        "los incels tienen razón",
    ],
)
def test_agreeing_with_misogynist_extremism_is_held(post):
    assert worst(post) >= HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "we talked about andrew tate in pshe today",
        "the article says incel forums are dangerous",
    ],
)
def test_naming_misogynist_extremism_as_a_topic_raises_nothing(post):
    assert worst(post) == 0, post
