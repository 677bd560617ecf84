"""A teacher who sees a flagged post on the LMS dashboard can do something about it there: take it
on, or pass it to the safeguarding team. The launch is their only way in (they have no admin
login), so the dashboard is where those two actions live; each is audited, and nobody reaches a
flag the dashboard would not have shown them."""

import pytest
from django.core import mail
from django.urls import reverse

from moderation.models import AuditEntry, Flag
from moderation.staff.permissions import leads_group
from tests.curriculum.test_dashboard_flags import flag

pytestmark = pytest.mark.django_db


def act(client, course, flagged, action):
    url = reverse("curriculum:dashboard_flag_action", args=[course.pk, flagged.pk, action])
    return client.post(url, follow=True)


def test_the_teacher_takes_on_a_low_flag_and_the_safeguarding_team_can_see_it(
    teacher_client, teacher, student, course
):
    flagged = flag(course, student, 2)
    page = teacher_client.get(reverse("curriculum:dashboard", args=[course.pk])).content.decode()
    assert "I&#x27;ll follow this up" in page or "I'll follow this up" in page

    after = act(teacher_client, course, flagged, "acknowledge").content.decode()

    assert "You are following this up" in after
    assert Flag.objects.get(pk=flagged.pk).status == Flag.Status.ACKNOWLEDGED
    assert AuditEntry.objects.filter(action="flag.acknowledged", actor=teacher).exists()
    assert "follow this up<span" not in after  # nothing left to take on for that flag


def test_the_teacher_passes_a_flag_to_the_safeguarding_team_who_are_told(
    teacher_client, student, course, django_capture_on_commit_callbacks, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    lead = type(student).objects.create_user(username="dana", email="dana@school.example")
    lead.groups.add(leads_group())
    flagged = flag(course, student, 2)

    with django_capture_on_commit_callbacks(execute=True):
        after = act(teacher_client, course, flagged, "escalate").content.decode()

    assert "Passed to the safeguarding team." in after
    assert Flag.objects.get(pk=flagged.pk).status == Flag.Status.ESCALATED
    assert any("dana@school.example" in message.to for message in mail.outbox)


def test_flags_the_dashboard_would_not_show_cannot_be_acted_on(
    client, teacher_client, other_teacher, student, course, other_course
):
    serious = flag(course, student, 4, category="self_harm")
    elsewhere = flag(other_course, student, 2)

    assert act(teacher_client, course, serious, "acknowledge").status_code == 404
    assert act(teacher_client, course, elsewhere, "acknowledge").status_code == 404
    assert act(teacher_client, course, flag(course, student, 2), "resolve").status_code == 404
    client.force_login(other_teacher)
    assert act(client, course, flag(course, student, 2), "acknowledge").status_code in (403, 404)
    assert not Flag.objects.exclude(status=Flag.Status.NEW).exists()


def test_a_student_cannot_take_a_flag_about_them(student_client, student, course):
    flagged = flag(course, student, 2)
    assert act(student_client, course, flagged, "acknowledge").status_code in (403, 404)
    assert Flag.objects.get(pk=flagged.pk).status == Flag.Status.NEW
