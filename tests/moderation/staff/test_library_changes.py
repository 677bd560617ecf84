"""False positives, exceptions, exclusions and edits: reasons required, history kept, the
library's version bumped so scanners recompile."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import AuditEntry, KeywordEntryHistory, KeywordLibrary
from moderation.staff import actions as staff_actions

pytestmark = pytest.mark.django_db


def version(library) -> int:
    return KeywordLibrary.objects.get(pk=library.pk).version


@pytest.fixture
def innocent_flag(make_flag, kill_entry):
    return make_flag(
        text="We killed it at the concert",
        matches=[("killed", "A threat or wish to kill.")],
        entry=kill_entry,
        category="violence",
        severity=3,
    )


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_false_positive_needs_a_reason(lead, innocent_flag, reason):
    match = innocent_flag.matches.get()
    with pytest.raises(staff_actions.ActionRefused):
        staff_actions.mark_false_positive(match, lead, reason)
    match.refresh_from_db()
    assert not match.false_positive
    assert not AuditEntry.objects.filter(action="match.false_positive").exists()


def test_the_view_refuses_an_empty_false_positive_reason(client, lead, innocent_flag):
    match = innocent_flag.matches.get()
    client.force_login(lead)
    client.post(reverse("moderation_admin:false_positive", args=[match.pk]), {"reason": ""})
    match.refresh_from_db()
    assert not match.false_positive


def test_a_false_positive_is_marked_audited_and_proposes_an_exception(
    client, lead, innocent_flag, kill_entry
):
    match = innocent_flag.matches.get()
    client.force_login(lead)
    response = client.post(
        reverse("moderation_admin:false_positive", args=[match.pk]),
        {"reason": "Slang for doing well"},
        follow=True,
    )
    match.refresh_from_db()
    assert match.false_positive
    entry = AuditEntry.objects.get(action="match.false_positive")
    assert entry.reason == "Slang for doing well"
    assert entry.detail == {"match": match.pk, "entry": kill_entry.pk, "term": "killed"}
    shown = " ".join(str(m) for m in response.context["messages"])
    assert '"killed it"' in shown
    assert staff_actions.proposed_exceptions(kill_entry) == [{"phrase": "killed it", "count": 1}]


def test_a_lead_accepts_a_proposed_exception_with_a_reason(
    client, lead, make_flag, kill_entry, library
):
    flag = make_flag(
        text="Let's kill time before the bus",
        matches=[("kill", "A threat or wish to kill.")],
        entry=kill_entry,
    )
    staff_actions.mark_false_positive(flag.matches.get(), lead, "Idiom")
    assert staff_actions.proposed_exceptions(kill_entry) == [{"phrase": "kill time", "count": 1}]
    client.force_login(lead)
    page = client.get(reverse("moderation_admin:entry", args=[kill_entry.pk])).content.decode()
    assert '"kill time" (1 time)' in page
    before = version(library)
    url = reverse("moderation_admin:entry_exception", args=[kill_entry.pk])
    client.post(url, {"phrase": "kill time", "reason": ""})
    kill_entry.refresh_from_db()
    assert kill_entry.exceptions == ""
    client.post(url, {"phrase": "kill time", "reason": "An idiom, not a threat"})
    kill_entry.refresh_from_db()
    assert kill_entry.exception_list == ["kill time"]
    assert version(library) == before + 1
    row = KeywordEntryHistory.objects.get(entry=kill_entry)
    assert (row.action, row.actor, row.reason) == (
        "exception_added",
        lead,
        "An idiom, not a threat",
    )
    assert (row.before, row.after) == ({"exceptions": []}, {"exceptions": ["kill time"]})
    assert staff_actions.proposed_exceptions(kill_entry) == []
    history = client.get(reverse("moderation_admin:entry", args=[kill_entry.pk])).content.decode()
    assert "<strong>exceptions</strong>: none" in history
    assert "<strong>exceptions</strong>: kill time" in history


def test_an_exception_must_contain_the_keyword(lead, kill_entry):
    with pytest.raises(staff_actions.ActionRefused):
        staff_actions.add_exception(kill_entry, "time flies", lead, "idiom")


@pytest.mark.parametrize("reason", ["", " \n "])
def test_exclusion_and_restoring_need_a_reason(lead, kill_entry, reason):
    with pytest.raises(staff_actions.ActionRefused):
        staff_actions.exclude_entry(kill_entry, lead, reason)
    kill_entry.refresh_from_db()
    assert not kill_entry.excluded
    assert not KeywordEntryHistory.objects.exists()


def test_exclude_then_restore_keeps_both_in_the_history(client, lead, kill_entry, library):
    client.force_login(lead)
    start = version(library)
    client.post(
        reverse("moderation_admin:entry_exclude", args=[kill_entry.pk]),
        {"reason": "Too many false positives in PE lessons"},
    )
    kill_entry.refresh_from_db()
    assert kill_entry.excluded
    client.post(
        reverse("moderation_admin:entry_restore", args=[kill_entry.pk]),
        {"reason": "Back on after the review"},
    )
    kill_entry.refresh_from_db()
    assert not kill_entry.excluded
    assert version(library) == start + 2
    history = list(KeywordEntryHistory.objects.filter(entry=kill_entry).order_by("pk"))
    assert [(h.action, h.reason, h.actor) for h in history] == [
        ("excluded", "Too many false positives in PE lessons", lead),
        ("restored", "Back on after the review", lead),
    ]
    assert history[0].before == {"excluded": False} and history[0].after == {"excluded": True}
    assert AuditEntry.objects.filter(action__in=["entry.excluded", "entry.restored"]).count() == 2
    page = client.get(reverse("moderation_admin:entry", args=[kill_entry.pk])).content.decode()
    assert "Too many false positives in PE lessons" in page and "Back on after the review" in page


def test_the_exclude_view_refuses_an_empty_reason(client, lead, kill_entry):
    client.force_login(lead)
    client.post(reverse("moderation_admin:entry_exclude", args=[kill_entry.pk]), {"reason": ""})
    kill_entry.refresh_from_db()
    assert not kill_entry.excluded


def test_editing_an_entry_records_before_after_and_why(client, lead, kill_entry, library):
    client.force_login(lead)
    start = version(library)
    data = {
        "term": "kill",
        "category": "violence",
        "severity": 4,
        "definition": "A threat to kill: follow up the same day.",
        "mode": "word",
        "exceptions": "",
        "reason": "Raised after the district review",
    }
    response = client.post(reverse("moderation_admin:entry", args=[kill_entry.pk]), data)
    assert response.status_code == 302
    kill_entry.refresh_from_db()
    assert kill_entry.severity == 4
    row = KeywordEntryHistory.objects.get(entry=kill_entry)
    assert row.action == "changed" and row.reason == "Raised after the district review"
    assert row.before == {"severity": 3, "definition": "A threat or wish to kill."}
    assert row.after == {"severity": 4, "definition": "A threat to kill: follow up the same day."}
    assert version(library) == start + 1


def test_an_edit_without_a_reason_changes_nothing(client, lead, kill_entry):
    client.force_login(lead)
    data = {
        "term": "kill",
        "category": "violence",
        "severity": 1,
        "definition": "x",
        "mode": "word",
    }
    response = client.post(reverse("moderation_admin:entry", args=[kill_entry.pk]), data)
    assert response.status_code == 200
    kill_entry.refresh_from_db()
    assert kill_entry.severity == 3
    assert not KeywordEntryHistory.objects.exists()


def test_entries_can_be_searched_and_filtered(client, lead, library, kill_entry):
    from moderation.models import KeywordEntry

    KeywordEntry.objects.create(
        library=library, term="loser", category="bullying", severity=2, definition="Insult."
    )
    client.force_login(lead)
    url = reverse("moderation_admin:entries", args=[library.pk])

    def terms(**params):
        return [e.term for e in client.get(url, params).context["page_obj"]]

    assert terms() == ["kill", "loser"]
    assert terms(q="los") == ["loser"]
    assert terms(q="threat") == ["kill"]
    assert terms(category="violence") == ["kill"]
    assert terms(severity="2") == ["loser"]
    assert terms(state="excluded") == []
