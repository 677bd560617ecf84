"""A lead marks "nobody would miss me" a false positive (a student quoting a song, say). The
case page proposes an exception made of the words around the match, for the lead to accept
on the keyword's page. A word from the sentence before ("I hate myself, nobody would miss
me") is no innocent context: accepted, it would excuse that cry for help whenever a student
wrote it without the comma. So proposals stay inside the match's clause, and the keyword
alone is never an exception."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import KeywordEntry
from moderation.staff import actions as staff_actions
from moderation.staff.casework import propose_exception

pytestmark = pytest.mark.django_db


@pytest.fixture
def crisis_entry(library):
    return KeywordEntry.objects.create(
        library=library,
        term="nobody would miss me",
        category="self_harm",
        severity=3,
        definition="Believing no one would notice if they were gone.",
    )


@pytest.fixture
def crisis_flag(make_flag, crisis_entry):
    return make_flag(
        text="I hate myself, nobody would miss me",
        matches=[("nobody would miss me", "Believing no one would notice if they were gone.")],
        entry=crisis_entry,
        category="self_harm",
        severity=3,
    )


@pytest.mark.parametrize(
    ("text", "start", "end", "phrase"),
    [
        ("I hate myself, nobody would miss me", 15, 35, "nobody would miss me"),
        ("we killed. then went home", 3, 9, "we killed"),
        ("kill, time is short", 0, 4, "kill"),
        ("I killed it in the match", 2, 8, "killed it"),
    ],
)
def test_a_proposal_keeps_to_the_clause_of_the_match(text, start, end, phrase):
    assert propose_exception(text, start, end) == phrase


def test_marking_the_crisis_phrase_innocent_proposes_no_exception(client, lead, crisis_flag):
    match = crisis_flag.matches.get()
    client.force_login(lead)
    response = client.post(
        reverse("moderation_admin:false_positive", args=[match.pk]),
        {"reason": "Quoting a song lyric in the music lesson"},
        follow=True,
    )
    page = response.content.decode()
    assert "No exception is proposed" in page
    assert "myself" not in page.split("No exception is proposed")[1][:300]
    assert staff_actions.proposed_exceptions(match.entry) == []


def test_the_keyword_alone_cannot_be_made_an_exception(lead, crisis_entry):
    with pytest.raises(staff_actions.ActionRefused, match="exclude it instead"):
        staff_actions.add_exception(crisis_entry, "Nobody would  miss me", lead, "lyric")
    crisis_entry.refresh_from_db()
    assert crisis_entry.exception_list == []


def test_a_phrase_adding_only_words_that_name_nothing_is_refused(lead, crisis_entry):
    # "nobody would miss me at" would excuse "nobody would miss me at all"
    with pytest.raises(staff_actions.ActionRefused, match="names what makes the post innocent"):
        staff_actions.add_exception(crisis_entry, "nobody would miss me at", lead, "lyric")
    staff_actions.add_exception(crisis_entry, "nobody would miss me at the disco", lead, "lyric")
    crisis_entry.refresh_from_db()
    assert crisis_entry.exception_list == ["nobody would miss me at the disco"]
