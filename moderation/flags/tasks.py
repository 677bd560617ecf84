"""Django Tasks of the moderation workflow: the database backend runs them in `make demo`,
RQ at scale, and the immediate backend in tests. Periodic ones are also management commands
for cron (`send_notices` and `escalate_flags` every minute, `purge_moderation_data` daily), so
nothing depends on a broker or a worker being up at the moment a job was queued."""

from __future__ import annotations

from django.db import connections
from django_tasks import task


def close_old_connections() -> None:
    """Drop a database connection that broke or outlived CONN_MAX_AGE, as Django does between
    requests, so a long-lived worker outlives a database restart. Never one inside a
    transaction: a task run at once by the caller (the immediate backend, on commit inside an
    outer atomic block) must not close the caller's connection under it."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


@task()
def deliver_notices_task(notification_ids: list[int]) -> dict[str, int]:
    """Send these outbox notices (moderation.flags.notifications); a failure is retried later."""
    from moderation.flags.notifications import deliver_notices

    # A long-lived worker outlives database restarts: drop a connection that broke, as Django
    # does between requests, so one restart does not fail every later job.
    close_old_connections()
    try:
        return deliver_notices(notification_ids)
    finally:
        close_old_connections()


@task()
def deliver_due_notices_task() -> dict[str, int]:
    """Send every notice due now, after a moment to gather more (moderation.flags.notifications:
    hurried notices)."""
    from moderation.flags.notifications import gather_then_deliver

    close_old_connections()
    try:
        return gather_then_deliver()
    finally:
        close_old_connections()


@task()
def send_due_notices_task() -> dict[str, int]:
    from moderation.flags.notifications import send_due_notices

    close_old_connections()
    return send_due_notices()


@task()
def notify_flag_task(
    flag_id: int, reason: str = "routed", recipient_ids: list[int] | None = None
) -> int:
    """Jobs queued before the outbox existed: write their notices and send them."""
    from django.db import transaction

    from moderation.flags.notifications import deliver_notices, notify_on_commit
    from moderation.models import Flag

    flag = Flag.objects.filter(pk=flag_id).first()
    if flag is None:
        return 0
    with transaction.atomic():
        ids = notify_on_commit(flag, reason, recipient_ids)
    deliver_notices(ids)
    return len(ids)


@task()
def escalate_flags_task() -> int:
    from moderation.flags.escalation import escalate_due_flags

    return escalate_due_flags()


@task()
def purge_moderation_data_task() -> dict[str, int]:
    from moderation.privacy import purge_expired

    return purge_expired()
