"""Staff hear about a flag by e-mail and in the admin. The notice is written with the flag (the
outbox), sent by a task after commit, never inside the request, never for a rolled-back post,
never twice, never with the post's text; a channel that fails is retried on its own."""

from datetime import timedelta

import pytest
from django.core import mail
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
