"""A content editor keeps the keyword libraries up to date, as the product's roles say: they
open the libraries, read an entry, add an exception, import and export, each change kept in
the entry's history. What false positives propose is read from students' posts, so that stays
with the safeguarding leads. Teachers and students still reach none of it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import KeywordEntry, KeywordEntryHistory
from moderation.staff import actions as staff_actions
from tests import personas

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return personas.content_editor()


@pytest.fixture
def innocent_match(make_flag, kill_entry, lead):
    flag = make_flag(
        text="Private story: we killed it at the talent show",
        matches=[("killed", "A threat or wish to kill.")],
        entry=kill_entry,
        category="violence",
        severity=3,
    )
    match = flag.matches.get()
    staff_actions.mark_false_positive(match, lead, "Slang for doing well")
    return match


def test_an_editor_opens_the_libraries_and_an_entry(client, editor, kill_entry):
    client.force_login(editor)
    assert client.get(reverse("moderation_admin:libraries")).status_code == 200
    page = client.get(reverse("moderation_admin:entry", args=[kill_entry.pk]))
    assert page.status_code == 200
    assert "A threat or wish to kill." in page.content.decode()


def test_the_admin_menu_offers_an_editor_the_keyword_libraries(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Keyword libraries" in html
    assert "Audit log" not in html


def test_a_student_made_an_editor_by_mistake_still_reaches_no_library(
    client, student_in_admin, kill_entry
):
    client.force_login(student_in_admin)
    response = client.get(reverse("moderation_admin:entry", args=[kill_entry.pk]))
    assert response.status_code == 403
    client.post(reverse("moderation_admin:entry_exclude", args=[kill_entry.pk]), {"reason": "mine"})
    kill_entry.refresh_from_db()
    assert not kill_entry.excluded


def test_an_editor_adds_an_exception_with_a_reason_kept_in_the_history(client, editor, kill_entry):
    client.force_login(editor)
    client.post(
        reverse("moderation_admin:entry_exception", args=[kill_entry.pk]),
        {"phrase": "kill time", "reason": "An idiom in the reading lesson"},
    )
    kill_entry.refresh_from_db()
    assert kill_entry.exception_list == ["kill time"]
    row = KeywordEntryHistory.objects.get(entry=kill_entry)
    assert row.actor == editor


def test_an_editor_exports_a_library(client, editor, kill_entry, library):
    client.force_login(editor)
    response = client.get(reverse("moderation_admin:library_export", args=[library.pk]))
    assert response.status_code == 200
    assert "kill" in response.content.decode()


def test_what_false_positives_propose_stays_with_the_leads(
    client, editor, lead, kill_entry, innocent_match
):
    # The proposal is made of a student's words ("killed it" from their post).
    client.force_login(lead)
    page = client.get(reverse("moderation_admin:entry", args=[kill_entry.pk])).content.decode()
    assert "Proposed by false positives" in page
    assert '"killed it"' in page
    client.force_login(editor)
    page = client.get(reverse("moderation_admin:entry", args=[kill_entry.pk])).content.decode()
    assert "Proposed by false positives" not in page
    assert '"killed it"' not in page


def test_students_and_teachers_who_are_no_editors_reach_no_library(client, course, kill_entry):
    student = personas.student(course, "sam", "Sam Student")
    teacher = personas.teacher(course, "tia", "Tia Teacher")
    for user in (student, teacher):
        client.force_login(user)
        response = client.get(reverse("moderation_admin:entry", args=[kill_entry.pk]))
        assert response.status_code in (302, 403, 404)
        response = client.post(
            reverse("moderation_admin:entry_exception", args=[kill_entry.pk]),
            {"phrase": "kill time", "reason": "idiom"},
        )
        assert KeywordEntry.objects.get(pk=kill_entry.pk).exception_list == []
