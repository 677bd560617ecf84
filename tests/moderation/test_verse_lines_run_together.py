"""Mr Adeyemi's Year 10 class writes about ballads and folk songs, and students paste the verses
they chose into the discussion as one line, each line of the poem still opening with a capital:
"The gang beat him up behind the chip shop, And left him lying in the rain". Prose never
capitalises "And" or "That" after a comma, and chat does not either, so the capitals mark the
words as the poem's: its fights, weapons and drink are no flag for Ms Okafor, the safeguarding
lead. A threat, a school or a day in the line, a critical entry, and a sad lyric that may speak
for the student still reach her; so do the same words written as prose, a headline in Title
Case, which is no verse, and a student's run-on sentences that put a capital where the full stop
was left out, whenever they tell of the writer, the reader or their family ("my stepdad hits me
When he gets drunk")."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "The gang beat him up behind the chip shop, And left him lying in the rain.",
        "She smoked her reefer by the fire, And dreamed of distant shores.",
        "The sailor drank his rum and gin, And bought a pipe of weed, Then sang of the sea.",
        "The captain swore a damn and more, Or so the deckhands tell.",
        "Damn the rain upon the moor, And damn the wind that blows.",
    ],
)
def test_verse_pasted_as_one_line_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "The gang beat him up behind the chip shop, and left him lying in the rain.",
        "She smoked her reefer by the fire, and dreamed of distant shores.",
        "Damn the rain upon the moor, and damn the wind that blows.",
    ],
)
def test_the_same_words_written_as_prose_are_still_recorded(post):
    assert worst(post) >= 1


@pytest.mark.parametrize(
    "post",
    [
        "I'll shoot you after school, And nobody will stop me.",
        "Jake brought a knife to school, And he showed it to everyone at break.",
    ],
)
def test_a_threat_or_a_school_in_the_line_still_reaches_the_lead(post):
    assert worst(post) >= HOLD


def test_a_headline_in_title_case_is_no_verse():
    headline = "Gang Beat Him Up Behind The Chip Shop And Left Him In The Rain"
    assert worst(headline) == worst(headline.lower()) >= 1


def test_a_sad_lyric_the_student_quotes_keeps_its_reading():
    lyric = "Some nights I want to die, And nobody hears me cry."
    assert worst(lyric) >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "my stepdad hits me When he gets drunk",
        "he touched me And told me not to tell anyone",
        "she sent me nudes And now he wants more",
        "my dad beats my mum, And I cant stop him",
    ],
)
def test_a_run_on_sentence_about_the_writer_is_no_verse(post):
    assert worst(post) == worst(post.replace(" When", " when").replace(" And", " and")) >= HOLD
