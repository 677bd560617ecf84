"""Tom, a teacher, reports a flag of his class a false alarm. Only a safeguarding lead can act on
it, so each lead finds a notice about it on their admin home page ("a teacher reports a false
alarm"), linked to the case. It is not e-mailed: the case is already in their queue, and a
report is not urgent. A second teacher's report on the same case makes the lead's notice new
again rather than adding a second one."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from moderation.flags.notifications import deliver_due_notices
from moderation.models import StaffNotification
from moderation.staff.actions import report_false_alarm
from tests import personas

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_lead(db):
    return personas.safeguarding_lead("second_lead", first_name="Sara", last_name="Second")


def home_page(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_every_lead_finds_a_notice_about_the_report_on_their_home_page(
    client, lead, second_lead, teacher, course, student, make_flag
):
    flag = make_flag(course=course, student=student)

    report_false_alarm(flag, teacher, "They were joking about a game of chess")

    notices = StaffNotification.objects.filter(flag=flag, reason="false_alarm")
    assert sorted(n.recipient.username for n in notices) == ["lead", "second_lead"]
    html = home_page(client, lead)
    assert "a teacher reports a false alarm" in html
    assert reverse("moderation_admin:case", args=[flag.pk]) in html
    assert "Safeguarding notices (1 unread)" in html


def test_the_report_is_not_e_mailed(lead, teacher, course, student, make_flag):
    flag = make_flag(course=course, student=student)
    report_false_alarm(flag, teacher, "A quote from the book we are reading")

    deliver_due_notices()  # what the task worker sends

    assert mail.outbox == []
    assert not StaffNotification.objects.filter(delivery=StaffNotification.Delivery.PENDING)


def test_opening_the_case_reads_the_notice(client, lead, teacher, course, student, make_flag):
    flag = make_flag(course=course, student=student)
    report_false_alarm(flag, teacher, "Song lyrics")
    client.force_login(lead)

    client.post(reverse("moderation_admin:viewed", args=[flag.pk]))

    assert StaffNotification.objects.get(reason="false_alarm").read_at is not None
    assert "Safeguarding notices (0 unread)" in home_page(client, lead)


def test_a_second_teachers_report_makes_the_read_notice_new_again(
    client, lead, teacher, course, student, make_flag
):
    flag = make_flag(course=course, student=student)
    report_false_alarm(flag, teacher, "Song lyrics")
    client.force_login(lead)
    client.post(reverse("moderation_admin:viewed", args=[flag.pk]))
    co_teacher = personas.teacher(course, "co_teacher", "Cora Co")

    report_false_alarm(flag, co_teacher, "The words of a song we sang in music")

    notice = StaffNotification.objects.get(reason="false_alarm")
    assert notice.read_at is None
    assert "Safeguarding notices (1 unread)" in home_page(client, lead)


def test_a_school_with_no_lead_yet_tells_its_superusers(teacher, course, student, make_flag):
    admin = get_user_model().objects.create_superuser("admin", "admin@school.example", "pw")
    flag = make_flag(course=course, student=student)

    report_false_alarm(flag, teacher, "A typo for 'lover' in a poem")

    assert [n.recipient for n in StaffNotification.objects.filter(reason="false_alarm")] == [admin]


def test_a_spanish_speaking_lead_reads_the_notice_in_spanish(
    client, lead, teacher, course, student, make_flag
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(lead)
    profile.preferred_language = "es"
    profile.save()
    flag = make_flag(course=course, student=student, severity=2)
    report_false_alarm(flag, teacher, "Song lyrics")

    html = home_page(client, lead)

    assert "un docente informa de una falsa alarma" in html
    assert f"Baja: acoso y provocaciones, caso {flag.pk}" in html
    assert "Avisos de protección (1 sin leer)" in html
