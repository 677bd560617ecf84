"""The e-mail channel: a lead's e-mail names severity, category and the case, never the text; a
relay that stalls or a database that restarts neither loses the e-mail nor sends it twice; a
teacher who knows Upstander only through their LMS is sent to their course's dashboard, not to an
admin page they cannot open."""

from datetime import timedelta

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings
from django.utils import timezone

from moderation.flags.actions import record_post
from moderation.flags.notifications import send_due_notices
from moderation.models import RoutingRule, StaffNotification


class StallingRelay(BaseEmailBackend):
    """An SMTP relay that never answers: the connection's timeout ends the attempt."""

    def send_messages(self, messages):
        raise TimeoutError(f"timed out after {self.timeout} s")

    def __init__(self, *args, timeout=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.timeout = timeout


class RelayWhoseAnswerIsLost(BaseEmailBackend):
    """Takes the e-mail (it reaches the outbox) and its answer never arrives, once."""

    answered_once = False

    def send_messages(self, messages):
        mail.outbox.extend(messages)
        if not RelayWhoseAnswerIsLost.answered_once:
            RelayWhoseAnswerIsLost.answered_once = True
            raise TimeoutError("timed out waiting for 250 after DATA")
        return len(messages)


def test_the_email_names_severity_category_and_the_case_but_not_the_text(
    keywords, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        flag = record_post("I want to kill myself", source="api").flag
    [email] = mail.outbox
    assert "Critical" in email.subject and "Self-harm" in email.subject
    assert f"http://127.0.0.1:8000/admin/moderation/flags/{flag.pk}/" in email.body
    assert "held" in email.body
    assert "kill" not in email.subject + email.body


@override_settings(EMAIL_BACKEND=f"{__name__}.StallingRelay", EMAIL_TIMEOUT=3)
def test_a_relay_that_stalls_leaves_the_notice_waiting_and_it_goes_out_once_the_relay_answers(
    keywords, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        flag = record_post("kys", source="api").flag
    notice = StaffNotification.objects.get(flag=flag)
    assert notice.delivery == "pending" and notice.emailed_at is None  # not marked e-mailed
    assert "timed out after 3 s" in notice.last_error
    assert notice.next_attempt_at > timezone.now()  # backoff: not before the retry time
    assert send_due_notices()["sent"] == 0
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        outcome = send_due_notices(timezone.now() + timedelta(minutes=5))
        assert outcome["sent"] == 1
        send_due_notices(timezone.now() + timedelta(hours=5))
    assert len(mail.outbox) == 1
    notice.refresh_from_db()
    assert notice.delivery == "sent" and notice.attempts == 2


def test_an_e_mail_the_relay_took_is_recorded_through_a_database_restart(
    keywords, lead, monkeypatch, django_capture_on_commit_callbacks
):
    from django.db import OperationalError

    from moderation.flags.channels import email as email_channel

    real_update, failures = email_channel.update_row, []

    def update(model, pk, **fields):
        if "emailed_at" in fields and len(failures) < 2:
            failures.append(fields)  # the database restarts just after the relay took it
            raise OperationalError("terminating connection due to administrator command")
        return real_update(model, pk, **fields)

    monkeypatch.setattr(email_channel, "update_row", update)
    monkeypatch.setattr(email_channel.time, "sleep", lambda seconds: None)
    with django_capture_on_commit_callbacks(execute=True):
        record_post("kys", source="api")
    notice = StaffNotification.objects.get()
    assert len(failures) == 2 and notice.emailed_at is not None and notice.delivery == "sent"
    send_due_notices(timezone.now() + timedelta(hours=1))
    assert len(mail.outbox) == 1


def test_a_teacher_without_the_admin_is_sent_to_the_course_dashboard_not_an_admin_link(
    keywords, lead, teacher, student, course, django_capture_on_commit_callbacks
):
    teacher.email = "tom.teacher@school.example"
    teacher.save()
    rule = RoutingRule.objects.create(name="Teachers", include_course_teachers=True)
    rule.users.set([lead])
    with django_capture_on_commit_callbacks(execute=True):
        flag = record_post("loser", source="discussion", author=student, course=course).flag
    by_address = {m.to[0]: m for m in mail.outbox}
    to_teacher = by_address["tom.teacher@school.example"]
    assert "/admin/" not in to_teacher.body
    assert f"Open Upstander from your course {course.title}" in to_teacher.body
    assert f"#{flag.pk}" in to_teacher.subject
    assert f"/admin/moderation/flags/{flag.pk}/" in by_address[lead.email].body


@override_settings(EMAIL_BACKEND=f"{__name__}.RelayWhoseAnswerIsLost")
def test_a_retry_after_a_lost_answer_is_the_same_message_not_a_second_one(
    keywords, lead, django_capture_on_commit_callbacks
):
    """The relay took the e-mail but its answer was lost: SMTP cannot tell the sender, so the
    notice is retried. The lead's mail service sees one Message-ID twice, and keeps one."""
    RelayWhoseAnswerIsLost.answered_once = False
    with django_capture_on_commit_callbacks(execute=True):
        record_post("kys", source="api")
    send_due_notices(timezone.now() + timedelta(minutes=5))
    first, retry = mail.outbox
    assert first.message()["Message-ID"] == retry.message()["Message-ID"]
    assert first.message()["Message-ID"].startswith("<notice-")
