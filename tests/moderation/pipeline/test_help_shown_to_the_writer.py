"""A student who tells of harm done to them sees the school's help contacts under their post at
once, whatever the category, and the post waits for staff rather than going to the whole
class; a student who threatens or insults someone else is shown no helplines."""

import pytest

from moderation.flags.actions import record_post
from moderation.keywords.store import import_library

HARMS_CSV = """term,category,severity,mode,definition,exceptions
asked me for pics,grooming,3,word,An adult or stranger asking the child for photos.,
touches me,grooming,3,word,Unwanted touching disclosed.,
bullying me,bullying,3,word,The writer says they are bullied.,
me pegó,violence,3,word,Alguien pegó a quien escribe.,
stab you,violence,4,word,A threat to stab someone.,
thinspo,eating_disorders,2,word,Images that push extreme thinness.,
slag,bullying,2,word,A sexual insult.,
calls me names,bullying,2,word,Name-calling the student tells of.,
damn,profanity,1,word,Mild swearing.,
"""


@pytest.fixture
def harms(db):
    return import_library("harms", HARMS_CSV, None, "harms for the help-contact tests")


@pytest.fixture
def help_contacts(moderation_settings):
    moderation_settings.help_contacts = "Talk to Ms Rivera in room 12, or call 0800 1111."
    moderation_settings.save()
    return moderation_settings.help_contacts


@pytest.mark.parametrize(
    "post",
    [
        "a man on the game asked me for pics last night",
        "my coach touches me and it feels wrong",
        "they keep bullying me on the bus",
        "ayer mi hermano me pegó otra vez",
        "i keep looking at thinspo before school",
    ],
)
def test_a_student_telling_of_harm_to_them_sees_the_help_contacts(
    harms, help_contacts, student, post
):
    recorded = record_post(post, source="discussion", author=student)
    assert recorded.flag is not None
    assert recorded.support_message == help_contacts


@pytest.mark.parametrize(
    "post",
    ["i will stab you after school", "you are such a slag", "damn this homework"],
)
def test_a_student_who_threatens_or_insults_someone_sees_no_helplines(
    harms, help_contacts, student, post
):
    recorded = record_post(post, source="discussion", author=student)
    assert recorded.flag is not None  # staff still hear of it
    assert recorded.support_message == ""


def test_a_retried_disclosure_shows_the_help_contacts_again(harms, help_contacts, student):
    first = record_post(
        "a man asked me for pics", source="api", external_source="lms", external_id="p-1"
    )
    again = record_post(
        "a man asked me for pics", source="api", external_source="lms", external_id="p-1"
    )
    assert not again.created
    assert first.support_message == again.support_message == help_contacts


def test_a_low_severity_disclosure_waits_for_staff_instead_of_going_to_the_class(harms, student):
    recorded = record_post("everyone in my form calls me names", source="discussion")
    assert recorded.flag.severity == 2
    assert recorded.held


@pytest.mark.parametrize(
    "post", ["you are such a slag", "they dont call me names anymore", "damn this homework"]
)
def test_an_insult_or_a_denied_harm_below_the_hold_level_goes_to_the_class(harms, post):
    recorded = record_post(post, source="discussion")
    assert not recorded.held
