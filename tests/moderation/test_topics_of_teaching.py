"""Ms Okafor, a head of year, writes in the staff forum about the curriculum's own topics: "the
lesson on self-harm", "signs of grooming training", "students affected by the stabbing". The
word is what is taught, so the safeguarding lead's queue stays for students. Where the same
sentence names someone in particular ("..., she cried all through it"), the match is recorded
two levels lower under the label "topic", never dropped; and where the writer goes on to say
what they do or want ("... because I do it too"), a topic is no excuse: the library's severity
stands, as it does for a word that is someone's own ("my self-harm")."""

from __future__ import annotations

import pytest

from moderation.scanning.context import SEVERITY_RULES, TOPIC, adjusted_severity, describe
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD
from tests.moderation.starter_library import STARTER as LIBRARY


def readings(text: str) -> list[tuple[str, int, str]]:
    return [(m.entry.term, m.severity, m.context) for m in scan_post(LIBRARY, text)]


@pytest.mark.parametrize(
    "post",
    [
        "Next week's unit covers sexting, nudes and the law.",
        "Signs of radicalisation training is on Thursday after school.",
        "I adapted the lesson on self-harm for the students in the nurture group.",
        "Our referral figures show a rise in anxiety and self-harm among Year 10 boys.",
        "Students affected by the stabbing in town can see the counsellor at lunch.",
        "What should a tutor do when a pupil discloses suicidal thoughts by email?",
        "When a student discloses self-harm, I always ask whether anyone else knows.",
        "The county lines briefing for governors has moved to the library.",
        "We are writing a pack on supporting pupils who self-harm over the holidays.",
        "The speaker reminded parents that self-harm is usually kept hidden.",
        "A report out today links poor sleep and loneliness to self-harm in teenagers.",
        "Our pastoral team met to plan postvention after a death by suicide in the town.",
        "Please check the suicide and self-harm response flowchart before Monday.",
        "El taller sobre autolesiones fue muy útil para el claustro.",
        "La policía explicó a los chicos los riesgos de compartir fotos íntimas.",
        "La formación sobre la prevención del suicidio es el martes por la tarde.",
        "¿Qué hacéis cuando un alumno cuenta que se autolesiona?",
    ],
)
def test_a_topic_a_teacher_names_raises_no_flag(post):
    assert readings(post) == []


def test_a_topic_with_someone_in_its_sentence_is_recorded_lower_with_its_label():
    found = readings("The lesson on self-harm was today, she cried all through it.")
    assert found == [("self harm", 1, TOPIC)]


def test_the_topic_label_lowers_two_levels_and_never_holds_at_the_default_setting():
    assert adjusted_severity(4, TOPIC) == 2 < HOLD
    assert adjusted_severity(1, TOPIC) == 1  # recorded lower, never dropped
    assert "topic" in describe(TOPIC) and SEVERITY_RULES[TOPIC][0] == -2


@pytest.mark.parametrize(
    "post",
    [
        "the self-harm lesson was hard because I do it too",
        "I learned about self harm in class and now I want to try it",
        "my friend learned about self harm in PSHE and she started doing it",
        "my brother died by suicide last year and I think about it every day",
        "I want to talk about my self-harm with someone",
        "the lesson on self-harm made me want to do it again",
        "after the charla sobre autolesiones yo me corto otra vez",
    ],
)
def test_a_topic_the_writer_makes_their_own_keeps_its_severity(post):
    assert max(severity for _, severity, _ in readings(post)) >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "I'm at risk of suicide and nobody knows",
        "I have been affected by self-harm for two years",
        "my friend is at risk of suicide, she told me at lunch",
        "The signs of self-harm are all over my arms",
    ],
)
def test_someone_at_risk_of_it_or_marked_by_it_is_no_topic(post):
    assert max(severity for _, severity, _ in readings(post)) >= HOLD


def test_someone_talking_about_it_is_a_report_not_a_lesson():
    assert readings("She spoke about suicide at lunch and I am worried.")[0][1] >= HOLD


@pytest.mark.parametrize(
    "post, severity",
    [
        ("I'm going to kill myself after the suicide prevention assembly", 4),
        ("he has been grooming me since the safeguarding training started", HOLD),
        ("the PE teacher who runs the grooming awareness talk groomed me", HOLD),
    ],
)
def test_intent_and_disclosure_beside_a_topic_stay_as_they_are(post, severity):
    assert max(s for _, s, _ in readings(post)) >= severity


def test_a_method_is_never_a_topic():
    assert readings("the lesson on suicide methods was cancelled")[0][1] >= HOLD


def test_a_slur_named_as_a_topic_is_still_the_slur():
    assert readings("Our assembly on homophobic slurs like faggot was powerful.")
