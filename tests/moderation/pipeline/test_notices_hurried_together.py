"""At scale (Redis), a burst of flagged posts does not queue a task per flag: the first flag's
notices queue one task, later flags' notices wait for it, and when the task starts it sends
every notice that is due, each exactly once. A flag raised after the task has ended queues the
next one. The task first waits a moment (MODERATION_NOTICE_GATHER_MS), its mark still up, so
that the flags raised meanwhile go with it, and goes on so, round after round, while flags keep
coming (for a few seconds at most)."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings

from moderation.flags import notifications
from moderation.flags.actions import record_post
from moderation.flags.notifications import deliver_due_notices, gather_then_deliver
from moderation.models import StaffNotification
from tests.services import redis_url

pytestmark = pytest.mark.redis


def names(subject: str, flag) -> bool:
    """The e-mail's subject names this flag's number ("#1" is not "#12")."""
    return re.search(rf"#{flag.pk}\b", subject) is not None


@pytest.fixture
def queued_tasks():
    """Redis as the cache, and a task backend that keeps what is queued without running it."""
    caches = {
        "default": {
            "BACKEND": "upstander.redis_cache.RedisCache",
            "LOCATION": redis_url(),
            "KEY_PREFIX": "hurried-notices-test",
        }
    }
    tasks = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with override_settings(CACHES=caches, TASKS=tasks):
        from django_tasks import default_task_backend

        cache.clear()
        yield default_task_backend.results
        cache.clear()


def flagged(text, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return record_post(text, source="api").flag


def test_a_burst_of_flags_queues_one_task_that_sends_every_notice_once(
    keywords, lead, queued_tasks, django_capture_on_commit_callbacks
):
    flags = [flagged("kys", django_capture_on_commit_callbacks) for _ in range(3)]
    assert [r.task.name for r in queued_tasks] == ["deliver_due_notices_task"]
    assert not mail.outbox

    assert deliver_due_notices() == {"sent": 3}
    subjects = sorted(m.subject for m in mail.outbox)
    assert all(any(names(s, flag) for s in subjects) for flag in flags)
    assert set(StaffNotification.objects.values_list("delivery", flat=True)) == {"sent"}
    assert deliver_due_notices() == {}
    assert len(mail.outbox) == 3

    flagged("loser", django_capture_on_commit_callbacks)
    assert [r.task.name for r in queued_tasks] == ["deliver_due_notices_task"] * 2


def test_flags_raised_while_the_task_gathers_are_sent_by_it_without_a_task_of_their_own(
    keywords, lead, queued_tasks, django_capture_on_commit_callbacks, monkeypatch, settings
):
    settings.MODERATION_NOTICE_GATHER_MS = 200
    flags = [flagged("kys", django_capture_on_commit_callbacks)]
    paused = []

    def meanwhile(seconds):
        paused.append(seconds)
        if len(paused) <= 2:  # flags in the task's first two pauses, then quiet
            flags.append(flagged("loser", django_capture_on_commit_callbacks))

    monkeypatch.setattr(notifications, "_pause", meanwhile)
    assert gather_then_deliver() == {"sent": 3}
    assert paused == [0.2, 0.2, 0.2]  # the third round found nothing: the task ended
    assert [r.task.name for r in queued_tasks] == ["deliver_due_notices_task"]
    subjects = [m.subject for m in mail.outbox]
    assert all(sum(names(s, flag) for s in subjects) == 1 for flag in flags)

    flagged("loser", django_capture_on_commit_callbacks)  # after the task read: a task of its own
    assert [r.task.name for r in queued_tasks] == ["deliver_due_notices_task"] * 2


def test_a_steady_stream_of_flags_is_sent_by_one_task_for_a_few_seconds_at_a_time(
    keywords, lead, queued_tasks, django_capture_on_commit_callbacks, monkeypatch, settings
):
    # A school's chat at its busiest: a flag every 200 ms, on and on. One task sends them,
    # round after round, for GATHER_FOR_SECONDS; then the next flag queues the next task.
    settings.MODERATION_NOTICE_GATHER_MS = 200
    now = [1000.0]
    flags = [flagged("kys", django_capture_on_commit_callbacks)]

    def meanwhile(seconds):
        now[0] += seconds
        flags.append(flagged("loser", django_capture_on_commit_callbacks))

    monkeypatch.setattr(notifications, "clock", lambda: now[0])
    monkeypatch.setattr(notifications, "_pause", meanwhile)
    outcomes = gather_then_deliver()

    assert now[0] - 1000.0 <= notifications.GATHER_FOR_SECONDS
    assert len(flags) > 20 and outcomes == {"sent": len(flags)}
    subjects = [m.subject for m in mail.outbox]
    assert all(sum(names(s, flag) for s in subjects) == 1 for flag in flags)
    assert set(StaffNotification.objects.values_list("delivery", flat=True)) == {"sent"}
    assert [r.task.name for r in queued_tasks] == ["deliver_due_notices_task"]

    flagged("loser", django_capture_on_commit_callbacks)  # the task has ended: the next one
    assert [r.task.name for r in queued_tasks] == ["deliver_due_notices_task"] * 2


def test_with_no_gathering_the_task_sends_at_once(
    keywords, lead, queued_tasks, django_capture_on_commit_callbacks, monkeypatch, settings
):
    settings.MODERATION_NOTICE_GATHER_MS = 0
    flagged("kys", django_capture_on_commit_callbacks)
    monkeypatch.setattr(notifications, "_pause", lambda seconds: pytest.fail("paused"))
    assert gather_then_deliver() == {"sent": 1}


def test_without_redis_each_flag_queues_its_own_notices(
    keywords, lead, django_capture_on_commit_callbacks
):
    tasks = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    local = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    with override_settings(CACHES=local, TASKS=tasks):
        from django_tasks import default_task_backend

        flags = [flagged("kys", django_capture_on_commit_callbacks) for _ in range(2)]
        queued = [(r.task.name, r.args) for r in default_task_backend.results]
    notices = [
        list(StaffNotification.objects.filter(flag=f).values_list("pk", flat=True)) for f in flags
    ]
    assert queued == [("deliver_notices_task", [ids]) for ids in notices]
