"""Phones type "don’t" with a curly apostrophe, keyword libraries "don't" with a straight one.
A lead who marks a match a false positive is offered an exception made of the words around it,
and the keyword's page refuses an exception that is the keyword alone. Both read a phrase's
words the same way (one pattern, moderation.staff.casework.words), so the keyword alone is
refused and never proposed, whichever apostrophe the student or the lead typed; and a phrase
around it proposed from a phone's post is offered and accepted (it was dropped, as not holding
the library's "don't")."""

from __future__ import annotations

import pytest

from moderation.models import KeywordEntry
from moderation.staff import actions as staff_actions
from moderation.staff.casework import words

pytestmark = pytest.mark.django_db

TERM = "don't want to live"
DEFINITION = "Not wanting to be alive."


@pytest.fixture
def crisis_entry(library):
    return KeywordEntry.objects.create(
        library=library, term=TERM, category="self_harm", severity=3, definition=DEFINITION
    )


def test_a_word_with_either_apostrophe_is_one_word():
    assert words("Don’t wait, DON'T kill-time") == ["don't", "wait", "don't", "kill", "time"]


def test_the_keyword_typed_with_a_curly_apostrophe_is_refused_as_the_keyword_alone(
    lead, crisis_entry
):
    with pytest.raises(staff_actions.ActionRefused, match="exclude it instead"):
        staff_actions.add_exception(crisis_entry, "Don’t want to live", lead, "a song")
    crisis_entry.refresh_from_db()
    assert crisis_entry.exception_list == []


@pytest.fixture
def match_typed_on_a_phone(make_flag, crisis_entry):
    """The match of the keyword in a post typed with a curly apostrophe."""

    def match(text: str):
        flag = make_flag(
            text=text,
            matches=[("don’t want to live", DEFINITION)],
            entry=crisis_entry,
            category="self_harm",
            severity=3,
        )
        found = flag.matches.get()
        found.term = TERM  # the library's spelling, as the scanner records it
        found.save(update_fields=["term"])
        return found

    return match


def test_a_false_positive_on_the_keyword_alone_proposes_nothing(lead, match_typed_on_a_phone):
    match = match_typed_on_a_phone("honestly, don’t want to live")
    assert staff_actions.mark_false_positive(match, lead, "Quoting a song") == ""


def test_a_proposal_typed_on_a_phone_is_offered_and_accepted(
    lead, crisis_entry, match_typed_on_a_phone
):
    match = match_typed_on_a_phone("the singer: don’t want to live forever")
    phrase = staff_actions.mark_false_positive(match, lead, "A song title")
    assert staff_actions.proposed_exceptions(crisis_entry) == [{"phrase": phrase, "count": 1}]
    staff_actions.add_exception(crisis_entry, phrase, lead, "A song title")
    crisis_entry.refresh_from_db()
    assert crisis_entry.exception_list == ["don’t want to live forever"]
