"""Staff hear about a flag by e-mail and in the admin. The notice is written with the flag (the
outbox), sent by a task after commit, never inside the request, never for a rolled-back post,
never twice, never with the post's text; a channel that fails is retried on its own."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from moderation.flags import channels
from moderation.flags.actions import record_post
from moderation.flags.notifications import deliver_notice, send_due_notices
from moderation.models import Flag, StaffNotification

CALLS: list = []
BROKEN = {"down": True}


class RecordingChannel:
    def send(self, notice):
        CALLS.append(notice)


class SometimesBrokenChannel:
    def send(self, notice):
        if BROKEN["down"]:
            raise ConnectionError("the SMS gateway is down")
        CALLS.append(("sms", notice.recipient.pk))


class StallingRelay(BaseEmailBackend):
    """An SMTP relay that never answers: the connection's timeout ends the attempt."""

    def send_messages(self, messages):
        raise TimeoutError(f"timed out after {self.timeout} s")

    def __init__(self, *args, timeout=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.timeout = timeout


@pytest.fixture(autouse=True)
def _fresh_channels():
    channels._load.cache_clear()
    CALLS.clear()
    BROKEN["down"] = True
    yield
    channels._load.cache_clear()


def test_a_critical_flag_writes_its_notice_with_it_and_e_mails_only_after_commit(
    keywords, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        flag = record_post("kys", source="api").flag
        notice = StaffNotification.objects.get(flag=flag)
        assert notice.recipient == lead and notice.delivery == "pending"
        assert not mail.outbox  # nothing is sent inside the request
    for callback in callbacks:
        callback()  # the task, run by the test backend at once
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["rivera@school.example"]
    notice.refresh_from_db()
    assert notice.delivery == "sent" and notice.emailed_at is not None
    assert notice.sent_channels == ["email", "admin"]


def test_nothing_is_written_or_sent_for_a_post_that_rolled_back(
    keywords, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            record_post("kys", source="api")
            raise RuntimeError("the lesson save failed")
    assert not mail.outbox and not Flag.objects.exists()
    assert not StaffNotification.objects.exists()


def test_sending_a_notice_again_e_mails_nobody_twice(
    keywords, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        flag = record_post("kys", source="api").flag
    notice = StaffNotification.objects.get(flag=flag)
    assert deliver_notice(notice.pk) == "skipped"
    later = timezone.now() + timedelta(days=1)
    assert send_due_notices(later)["sent"] == 0
    assert len(mail.outbox) == 1 and StaffNotification.objects.count() == 1


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


def test_staff_without_an_address_still_get_the_admin_notice(
    keywords, lead, django_capture_on_commit_callbacks
):
    lead.email = ""
    lead.save()
    with django_capture_on_commit_callbacks(execute=True):
        record_post("kys", source="api")
    assert not mail.outbox
    notice = StaffNotification.objects.get()
    assert notice.delivery == "sent" and notice.emailed_at is None


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


@override_settings(
    MODERATION_CHANNELS={
        "sms": f"{__name__}.SometimesBrokenChannel",
        "recording": f"{__name__}.RecordingChannel",
        "email": "moderation.flags.channels.email.EmailChannel",
    }
)
def test_channels_are_plugins_and_one_failing_is_retried_alone(
    keywords, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        flag = record_post("kys", source="api").flag
    [notice] = CALLS
    assert notice.recipient == lead and notice.flag == flag and notice.reason == "routed"
    assert len(mail.outbox) == 1
    BROKEN["down"] = False
    send_due_notices(timezone.now() + timedelta(minutes=5))
    assert CALLS[1:] == [("sms", lead.pk)]  # only the channel that failed runs again
    assert len(mail.outbox) == 1
    assert StaffNotification.objects.get().delivery == "sent"


def test_an_e_mail_the_relay_took_is_recorded_through_a_database_restart(
    keywords, lead, monkeypatch, django_capture_on_commit_callbacks
):
    from django.db import OperationalError
    from django.db.models import QuerySet

    from moderation.flags.channels import email as email_channel

    real_update, failures = QuerySet.update, []

    def update(self, **fields):
        if "emailed_at" in fields and len(failures) < 2:
            failures.append(fields)  # the database restarts just after the relay took it
            raise OperationalError("terminating connection due to administrator command")
        return real_update(self, **fields)

    monkeypatch.setattr(QuerySet, "update", update)
    monkeypatch.setattr(email_channel.time, "sleep", lambda seconds: None)
    with django_capture_on_commit_callbacks(execute=True):
        record_post("kys", source="api")
    notice = StaffNotification.objects.get()
    assert len(failures) == 2 and notice.emailed_at is not None and notice.delivery == "sent"
    send_due_notices(timezone.now() + timedelta(hours=1))
    assert len(mail.outbox) == 1
