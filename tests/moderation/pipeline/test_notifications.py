"""Staff hear about a flag by e-mail and in the admin; critical flags within the request, the
rest through a task; never for a rolled-back post, never twice, never with the post's text."""

import pytest
from django.core import mail
from django.db import transaction
from django.test import override_settings

from moderation import channels
from moderation.actions import record_post
from moderation.models import Flag, StaffNotification
from moderation.notifications import notify_flag

CALLS: list = []


class RecordingChannel:
    def send(self, notice):
        CALLS.append(notice)


class BrokenChannel:
    def send(self, notice):
        raise ConnectionError("the SMS gateway is down")


class FakeTask:
    def __init__(self):
        self.queued = []

    def enqueue(self, *args):
        self.queued.append(args)


@pytest.fixture(autouse=True)
def _fresh_channels():
    channels._load.cache_clear()
    CALLS.clear()
    yield
    channels._load.cache_clear()


def test_a_critical_flag_is_sent_on_commit_without_a_task(
    keywords, lead, monkeypatch, django_capture_on_commit_callbacks
):
    from moderation import tasks

    monkeypatch.setattr(tasks, "notify_flag_task", FakeTask())
    with django_capture_on_commit_callbacks() as callbacks:
        record_post("kys", source="api")
        assert not mail.outbox
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    assert not tasks.notify_flag_task.queued
    notification = StaffNotification.objects.get()
    assert notification.recipient == lead and notification.emailed_at is not None


def test_a_lower_flag_goes_through_the_task(
    keywords, lead, monkeypatch, django_capture_on_commit_callbacks
):
    from moderation import tasks

    fake = FakeTask()
    monkeypatch.setattr(tasks, "notify_flag_task", fake)
    with django_capture_on_commit_callbacks(execute=True):
        flag = record_post("loser", source="api").flag
    assert fake.queued == [(flag.pk, "routed", None)]
    assert not mail.outbox


def test_nothing_is_sent_for_a_post_that_rolled_back(
    keywords, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            record_post("kys", source="api")
            raise RuntimeError("the lesson save failed")
    assert not mail.outbox and not Flag.objects.exists()


def test_running_a_notice_again_sends_nothing_twice(keywords, lead):
    flag = record_post("kys", source="api").flag
    notify_flag(flag.pk)
    notify_flag(flag.pk)
    assert len(mail.outbox) == 1
    assert StaffNotification.objects.count() == 1


def test_the_email_names_severity_category_and_the_case_but_not_the_text(keywords, lead):
    flag = record_post("I want to kill myself", source="api").flag
    notify_flag(flag.pk)
    [email] = mail.outbox
    assert "Critical" in email.subject and "Self-harm" in email.subject
    assert f"http://127.0.0.1:8000/admin/moderation/flags/{flag.pk}/" in email.body
    assert "held" in email.body
    assert "kill" not in email.subject + email.body


def test_staff_without_an_address_still_get_the_admin_notice(keywords, lead):
    lead.email = ""
    lead.save()
    notify_flag(record_post("kys", source="api").flag.pk)
    assert not mail.outbox
    assert StaffNotification.objects.get().emailed_at is None


@override_settings(
    MODERATION_CHANNELS={
        "broken": f"{__name__}.BrokenChannel",
        "recording": f"{__name__}.RecordingChannel",
        "email": "moderation.channels.email.EmailChannel",
    }
)
def test_channels_are_plugins_and_one_failing_does_not_silence_the_others(keywords, lead):
    flag = record_post("kys", source="api").flag
    notify_flag(flag.pk)
    [notice] = CALLS
    assert notice.recipient == lead and notice.flag == flag and notice.reason == "routed"
    assert len(mail.outbox) == 1
