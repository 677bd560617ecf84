"""Ms Okafor, a head of year, writes up her day in the staff channel: "She disclosed that she has
been self-harming, DSL informed, parents contacted, CAMHS referral made", and "the Year 10 who
was excluded for bringing a knife is back on Monday". The words are a concern's, but the post
is the record of one already with the people who deal with it, or already dealt with: a high
or critical match is recorded two levels lower under the label 'handled', not held, and the
lead can still read it; a low one ("found a vape in his pocket, parents informed") is no flag.
A slur is still the slur. A student who tells of harm to them is never read that way, even
when the police are involved, and neither is a student who says they told someone, or who was
excluded."""

from __future__ import annotations

import pytest

from moderation.scanning.context import HANDLED, describe
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER as LIBRARY


def highest(text: str) -> int:
    return max((m.severity for m in scan_post(LIBRARY, text)), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "She disclosed that she has been self-harming on her arms, DSL informed, parents "
        "contacted, CAMHS referral made.",
        "A Year 10 girl said a boy in the sixth form had asked her for nudes, DSL informed.",
        "A girl in Year 8 wrote that she wants to kill herself in her homework book, the DSL "
        "has seen her today.",
        "He was heard saying all Muslims are terrorists; we are following the hate incident "
        "procedure.",
        "Boy in 9C sent a classmate kys at break. Passed to the DSL and logged on CPOMS.",
        "The Year 10 who was excluded for bringing a knife is back on a reintegration timetable.",
        "Two men were jailed for running a county lines operation from the city into our town.",
        "Pupils in 8T have been saying kys to each other as a joke, we need a whole year "
        "assembly on it.",
        "A girl in Year 10 was sent a dick pic by a man online, her friend told us at lunch.",
        # the threat quoted as the pupil said it: its "I" is the pupil's, not the writer's
        'A boy in 10B told his tutor "I\'m going to bring a knife in on Friday". DSL informed.',
        "Lad in Year 8 kept shouting 'I'll shoot up this school' so reception rang the police.",
    ],
)
def test_a_concern_an_adult_records_as_passed_on_is_not_held(post):
    matches = scan_post(LIBRARY, post)
    assert matches, "still recorded: the lead can read it"
    assert max(m.severity for m in matches) < 3
    assert HANDLED in {m.context for m in matches}


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        # the writer in the clause: a disclosure, whoever else knows
        ("my stepdad hits me, the police are involved now", 3),
        ("he raped me and the police are involved", 4),
        ("i self harm and my parents were informed by the school", 3),
        ("i told the dsl that my uncle touches me", 3),
        ("the police told me he wants to kill me", 3),
        # no procedure in the sentence: a student's report about a friend
        ("my friend says she wants to kill herself and her mum is aware", 3),
        ("she wants to kill herself, i told my mum", 3),
        # the writer's own sanction, or one still to come
        ("i got excluded for bringing a knife and i'll do it again", 3),
        ("he's going to bring a knife to school tomorrow", 4),
        ("he said he'd stab me, the police dealt with it but he's back", 3),
        ("a man keeps sending me dick pics, my friend told us to block him", 3),
        ("people keep saying kys to me, we need an assembly on it", 3),
        # a quote reported by the writer, or one that says "you": the writer may be the one
        ('i told miss "my uncle raped me" and the police are involved', 3),
        ('he messaged "i will stab you after school", police were called', 3),
    ],
)
def test_a_student_telling_of_harm_is_never_read_as_a_staff_record(post, at_least):
    assert highest(post) >= at_least
    assert HANDLED not in {m.context for m in scan_post(LIBRARY, post)}


@pytest.mark.parametrize(
    "post",
    [
        "He kept saying he was going to shank someone. It's a drill lyric but we still logged it.",
        "Found a vape in a Year 7's blazer pocket, confiscated and parents informed.",
        "A Year 11 was caught dealing weed at the gates, police are involved.",
        "He called her a slag in front of the class, sanctions applied.",
        "We had a lad bring a kitchen knife in his bag to show off, the police liaison "
        "officer came in and dealt with it.",
    ],
)
def test_a_low_match_in_a_record_of_what_was_done_is_no_flag(post):
    assert highest(post) == 0


def test_a_slur_in_a_staff_record_is_still_recorded():
    post = "He called a younger boy a paki at the bus stop, recorded as a racist incident."
    assert highest(post) >= 1


def test_the_lead_reads_what_the_label_means():
    assert "already passed on" in describe(HANDLED)
