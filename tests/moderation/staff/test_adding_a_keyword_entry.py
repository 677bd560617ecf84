"""A safeguarding lead adds one keyword to a library from its page in the admin: term,
category, severity, mode, definition and exceptions, with a reason. It is checked as a line of
an imported file is, kept in the entry's history and the audit log, and scanned for at once."""

from __future__ import annotations

from django.test import Client

from moderation.flags.services import moderate_post
from moderation.models import AuditEntry, Flag, KeywordEntry, KeywordEntryHistory

NEW_ENTRY = {
    "term": "meet me alone",
    "category": "grooming",
    "severity": "3",
    "mode": "word",
    "definition": "An adult asking a young person to meet without anyone else there.",
    "exceptions": "meet me alone at the library desk",
    "reason": "Seen in two reports this term.",
}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_lead_adds_an_entry_that_is_scanned_for_at_once(lead, library):
    answer = signed_in(lead).post(f"/admin/moderation/libraries/{library.pk}/add/", NEW_ENTRY)

    added = KeywordEntry.objects.get(library=library, term="meet me alone")
    assert answer.status_code == 302 and answer["Location"].endswith(f"/entries/{added.pk}/")
    assert (added.category, added.severity, added.mode) == ("grooming", 3, "word")
    assert added.exception_list == ["meet me alone at the library desk"]
    history = KeywordEntryHistory.objects.get(entry=added)
    assert history.action == "added" and history.reason == NEW_ENTRY["reason"]
    assert history.actor == lead
    assert AuditEntry.objects.filter(action="entry.added", object_id=str(added.pk)).exists()
    moderate_post("can you meet me alone after school", author=None, course=None, kind="discussion")
    assert Flag.objects.filter(category="grooming").exists()


def test_an_entry_the_import_would_refuse_is_refused_with_its_reason(lead, library):
    bad = {**NEW_ENTRY, "exceptions": "see you at the library desk"}  # lacks the term

    answer = signed_in(lead).post(f"/admin/moderation/libraries/{library.pk}/add/", bad)

    assert answer.status_code == 400
    assert "does not contain the term" in answer.content.decode()
    assert not KeywordEntry.objects.filter(term="meet me alone").exists()


def test_an_entry_without_a_reason_or_already_there_is_not_added(lead, library, kill_entry):
    lead_client = signed_in(lead)
    url = f"/admin/moderation/libraries/{library.pk}/add/"

    no_reason = lead_client.post(url, {**NEW_ENTRY, "reason": ""})
    again = lead_client.post(url, {**NEW_ENTRY, "term": "kill", "exceptions": ""})

    assert no_reason.status_code == 400 and again.status_code == 400
    assert "already here" in again.content.decode()
    assert KeywordEntry.objects.filter(library=library).count() == 1
