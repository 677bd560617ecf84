"""A teacher who reads a flagged post of their course as innocent says so from the dashboard,
with a reason. That is all a teacher can do about it: the flag stays open, no word is marked a
false positive and no library changes, until a safeguarding lead has read the reason on the
case and decided. The same words may be a disclosure in the next student's post."""

import pytest
from django.urls import reverse

from moderation.models import AuditEntry, FalseAlarmReport, Flag, FlagMatch, KeywordEntry
from moderation.staff.permissions import leads_group
from tests.curriculum.test_dashboard_flags import flag

pytestmark = pytest.mark.django_db


def flagged_with_a_word(course, student, severity=2):
    flagged = flag(course, student, severity)
    FlagMatch.objects.create(
        flag=flagged,
        term="loser",
        category="bullying",
        severity=severity,
        definition="Put-down that calls someone a failure.",
        start=0,
        end=5,
        matched_text="loser",
    )
    return flagged


def report(client, course, flagged, reason="Loser at chess: they were teasing about a game"):
    url = reverse(
        "curriculum:dashboard_flag_action", args=[course.pk, flagged.pk, "report_false_alarm"]
    )
    return client.post(url, {"reason": reason}, follow=True)


def test_the_teacher_sees_what_the_scan_looked_for_and_reports_a_false_alarm_for_a_lead(
    teacher_client, teacher, student, course
):
    flagged = flagged_with_a_word(course, student)
    page = teacher_client.get(reverse("curriculum:dashboard", args=[course.pk])).content.decode()
    # What the scan looked for, and where the post is; no words of the post on this page.
    assert "Put-down that calls someone a failure." in page and "loser" not in page
    assert "Report a false alarm" in page

    after = report(teacher_client, course, flagged).content.decode()

    assert "Reported as a false alarm." in after
    assert "You reported this as a false alarm" in after
    saved = FalseAlarmReport.objects.get()
    assert (saved.flag, saved.reporter) == (flagged, teacher)
    assert saved.reason.startswith("Loser at chess")
    assert AuditEntry.objects.filter(action="flag.false_alarm_reported", actor=teacher).exists()
    # Nothing is decided by the report itself.
    assert Flag.objects.get(pk=flagged.pk).status == Flag.Status.NEW
    assert not FlagMatch.objects.filter(false_positive=True).exists()


def test_a_report_needs_a_reason_and_is_made_once(teacher_client, student, course):
    flagged = flagged_with_a_word(course, student)

    assert (
        "Please write why this post is a false alarm."
        in report(teacher_client, course, flagged, reason="  ").content.decode()
    )
    assert not FalseAlarmReport.objects.exists()

    report(teacher_client, course, flagged)
    again = report(teacher_client, course, flagged).content.decode()
    assert "You have already reported this as a false alarm." in again
    assert FalseAlarmReport.objects.count() == 1


def test_nobody_reports_a_flag_the_dashboard_would_not_show_them(
    client, teacher, other_teacher, student, course, other_course
):
    held_for_the_leads = flagged_with_a_word(course, student, severity=4)
    elsewhere = flagged_with_a_word(other_course, student)
    mine = flagged_with_a_word(course, student)

    client.force_login(teacher)
    assert report(client, course, held_for_the_leads).status_code == 404
    assert report(client, course, elsewhere).status_code == 404
    client.force_login(student)
    assert report(client, course, mine).status_code in (403, 404)
    client.force_login(other_teacher)
    assert report(client, course, mine).status_code in (403, 404)
    assert report(client, other_course, mine).status_code == 404
    assert not FalseAlarmReport.objects.exists()


def test_the_lead_reads_the_teachers_reason_in_the_queue_and_on_the_case(
    client, teacher_client, student, course
):
    flagged = flagged_with_a_word(course, student)
    report(teacher_client, course, flagged)
    lead = type(student).objects.create_user(username="dana", password="pw")
    lead.groups.add(leads_group())
    client.force_login(lead)

    queue = client.get(reverse("moderation_admin:queue")).content.decode()
    assert "a teacher reports a false alarm" in queue
    case = client.get(reverse("moderation_admin:case", args=[flagged.pk])).content.decode()
    assert "Reported as a false alarm" in case
    assert "Tess Teacher" in case and "Loser at chess: they were teasing about a game" in case
    assert "Mark false positive" in case  # the lead's own decision, on the same page


def test_a_teacher_never_marks_a_word_a_false_positive_or_changes_a_library(
    teacher_client, student, course
):
    flagged = flagged_with_a_word(course, student)
    match = flagged.matches.get()
    url = reverse("moderation_admin:false_positive", args=[match.pk])
    answer = teacher_client.post(url, {"reason": "innocent"})
    assert answer.status_code in (302, 403, 404)
    assert not FlagMatch.objects.filter(false_positive=True).exists()
    assert not KeywordEntry.objects.exclude(exceptions="").filter(exceptions__icontains="chess")


def test_the_teacher_sees_when_the_lead_has_closed_the_case_they_reported(
    teacher_client, student, course
):
    from moderation.staff.actions import resolve

    flagged = flagged_with_a_word(course, student)
    report(teacher_client, course, flagged)
    lead = type(student).objects.create_user(username="dana", password="pw")
    lead.groups.add(leads_group())
    resolve(flagged, lead, Flag.Outcome.FALSE_POSITIVE, "Teasing about a game")

    page = teacher_client.get(reverse("curriculum:dashboard", args=[course.pk])).content.decode()
    assert "a safeguarding lead has reviewed it and closed the case" in page
    assert "a safeguarding lead will review it" not in page
