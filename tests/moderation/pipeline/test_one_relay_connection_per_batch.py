"""A critical post goes to both safeguarding leads. The task that e-mails them talks to the relay
over one connection, not one per e-mail (connecting cost the worker more than the e-mail did);
a connection that failed is never used again, so the next lead's e-mail still goes out, and the
lead whose e-mail failed gets it from the retry, once."""

from datetime import timedelta
from smtplib import SMTPServerDisconnected

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings
from django.utils import timezone

from moderation.flags.actions import record_post
from moderation.flags.notifications import send_due_notices
from moderation.models import StaffNotification
from tests import personas

BOTH_LEADS = ["okafor@school.example", "rivera@school.example"]
OPENED: list["CountingRelay"] = []
DROP_NEXT = {"e-mails": 0}


class CountingRelay(BaseEmailBackend):
    """Behaves as Django's SMTP backend does: `send_messages` opens a connection only when none
    is open, and closes only one it opened itself."""

    def __init__(self, *args, timeout=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.connected = False

    def open(self):
        if self.connected:
            return False
        self.connected = True
        OPENED.append(self)
        return True

    def close(self):
        self.connected = False

    def send_messages(self, messages):
        opened_here = self.open()
        try:
            if DROP_NEXT["e-mails"]:
                DROP_NEXT["e-mails"] -= 1
                raise SMTPServerDisconnected("the relay hung up")
            mail.outbox.extend(messages)
        finally:
            if opened_here:
                self.close()
        return len(messages)


@pytest.fixture(autouse=True)
def _relay():
    OPENED.clear()
    DROP_NEXT["e-mails"] = 0
    with override_settings(EMAIL_BACKEND=f"{__name__}.CountingRelay"):
        yield


@pytest.fixture
def two_leads(db):
    return personas.safeguarding_lead("rivera"), personas.safeguarding_lead("okafor")


def test_both_leads_are_e_mailed_over_one_connection(
    keywords, two_leads, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        record_post("kys", source="api")
    assert sorted(m.to[0] for m in mail.outbox) == BOTH_LEADS
    assert len(OPENED) == 1
    assert not OPENED[0].connected  # closed when the task ended


def test_a_connection_that_failed_is_dropped_and_the_failed_e_mail_is_retried_once(
    keywords, two_leads, django_capture_on_commit_callbacks
):
    DROP_NEXT["e-mails"] = 1
    with django_capture_on_commit_callbacks(execute=True):
        flag = record_post("kys", source="api").flag
    assert len(mail.outbox) == 1  # the second lead's e-mail went out on a new connection
    assert len(OPENED) == 2
    waiting = StaffNotification.objects.get(flag=flag, delivery="pending")
    assert "the relay hung up" in waiting.last_error
    assert send_due_notices(timezone.now() + timedelta(minutes=5))["sent"] == 1
    send_due_notices(timezone.now() + timedelta(hours=5))
    assert sorted(m.to[0] for m in mail.outbox) == BOTH_LEADS
    assert set(StaffNotification.objects.values_list("delivery", flat=True)) == {"sent"}


def test_a_long_sweep_starts_a_new_connection_before_the_relay_s_limit(
    keywords, two_leads, monkeypatch
):
    from moderation.flags.channels import email

    monkeypatch.setattr(email, "MAX_PER_CONNECTION", 3)
    for _ in range(3):  # six notices waiting (their task lost), sent by one sweep
        record_post("kys", source="api")
    mail.outbox.clear()
    OPENED.clear()
    assert send_due_notices(timezone.now() + timedelta(minutes=1))["sent"] == 6
    assert len(mail.outbox) == 6 and len(OPENED) == 2
