"""The sweep (`manage.py send_notices`, every minute) is the outbox's safety net: it sends what a
dead worker or a lost task left behind, exactly once, and tells the leads about a flag whose
notices reached nobody."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from moderation.flags.actions import record_post
from moderation.flags.notifications import send_due_notices
from moderation.models import AuditEntry, StaffNotification

LEASE = 120  # MODERATION_NOTICE_LEASE_SECONDS


def _flag_whose_task_was_lost(django_capture_on_commit_callbacks, text="kys"):
    with django_capture_on_commit_callbacks():  # committed, but its task never ran
        return record_post(text, source="api").flag


def test_a_notice_whose_task_was_lost_goes_out_with_the_next_sweep(
    keywords, lead, django_capture_on_commit_callbacks
):
    flag = _flag_whose_task_was_lost(django_capture_on_commit_callbacks)
    assert not mail.outbox
    call_command("send_notices", stdout=(out := __import__("io").StringIO()))
    assert "1 sent" in out.getvalue()
    assert [m.to for m in mail.outbox] == [["rivera@school.example"]]
    assert f"#{flag.pk}" in mail.outbox[0].subject
    call_command("send_notices", stdout=out)
    assert len(mail.outbox) == 1


def test_a_worker_killed_mid_send_holds_the_notice_only_until_its_lease_ends(
    keywords, lead, django_capture_on_commit_callbacks
):
    flag = _flag_whose_task_was_lost(django_capture_on_commit_callbacks)
    notice = StaffNotification.objects.get(flag=flag)
    # What a worker does first, before it dies: it claims the notice for the lease.
    now = timezone.now()
    StaffNotification.objects.filter(pk=notice.pk).update(
        next_attempt_at=now + timedelta(seconds=LEASE), attempts=1
    )
    assert send_due_notices(now + timedelta(seconds=LEASE - 5))["sent"] == 0
    assert not mail.outbox  # another worker does not send it while the first may still be
    assert send_due_notices(now + timedelta(seconds=LEASE + 1))["sent"] == 1
    send_due_notices(now + timedelta(hours=1))
    assert len(mail.outbox) == 1


class RefusingRelay:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("relay refuses the sender")


@override_settings(
    EMAIL_BACKEND=f"{__name__}.RefusingRelay",
    MODERATION_NOTICE_MAX_ATTEMPTS=3,
)
def test_a_flag_that_reached_nobody_is_sent_to_the_leads_and_superusers_once(
    keywords, lead, counsellor, django_capture_on_commit_callbacks
):
    boss = get_user_model().objects.create_superuser("head", "head@school.example", "pw")
    flag = _flag_whose_task_was_lost(django_capture_on_commit_callbacks)
    start = timezone.now()
    for minutes in (1, 5, 10, 30):
        send_due_notices(start + timedelta(minutes=minutes))
    routed = StaffNotification.objects.get(flag=flag, reason="routed")
    assert routed.delivery == "failed" and routed.attempts == 3
    alerts = StaffNotification.objects.filter(flag=flag, reason="unreached")
    assert sorted(alerts.values_list("recipient__username", flat=True)) == ["head", "rivera"]
    assert AuditEntry.objects.filter(action="flag.unreached", object_id=str(flag.pk)).count() == 1
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        send_due_notices(start + timedelta(hours=2))
        send_due_notices(start + timedelta(hours=3))
    assert sorted(m.to[0] for m in mail.outbox) == ["head@school.example", "rivera@school.example"]
    assert all("Nobody was told about flag" in m.subject for m in mail.outbox)
    assert boss.pk not in flag.routed_to.values_list("pk", flat=True)


def test_a_flag_routed_to_staff_without_addresses_is_sent_to_whoever_has_one(
    keywords, lead, django_capture_on_commit_callbacks
):
    lead.email = ""
    lead.save()
    get_user_model().objects.create_superuser("head", "head@school.example", "pw")
    with django_capture_on_commit_callbacks(execute=True):
        flag = record_post("kys", source="api").flag
    assert not mail.outbox
    send_due_notices()
    [alert] = mail.outbox
    assert alert.to == ["head@school.example"] and f"#{flag.pk}" in alert.subject


@pytest.mark.parametrize("text", ["kys", "loser"])
def test_the_sweep_leaves_a_flag_that_was_e_mailed_alone(
    keywords, lead, text, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        record_post(text, source="api")
    send_due_notices(timezone.now() + timedelta(hours=1))
    assert len(mail.outbox) == 1
    assert not StaffNotification.objects.filter(reason="unreached").exists()


def test_the_sweep_as_a_service_waits_out_a_database_restart(db, monkeypatch):
    import io

    from django.db import OperationalError

    from moderation.management.commands import send_notices

    runs, outcome = [], {"sent": 1, "retry": 0, "failed": 0, "skipped": 0, "alerted": 0}

    def sweep(limit=1000):
        runs.append(limit)
        if len(runs) == 1:
            raise OperationalError("the database system is starting up")
        return outcome

    class Stop(Exception):
        pass

    def sleep(seconds):
        if len(runs) == 2:
            raise Stop
        assert seconds == 5

    monkeypatch.setattr(send_notices, "send_due_notices", sweep)
    monkeypatch.setattr(send_notices.time, "sleep", sleep)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(Stop):
        call_command("send_notices", every=5, stdout=out, stderr=err)
    assert "database unavailable" in err.getvalue() and "1 sent" in out.getvalue()
