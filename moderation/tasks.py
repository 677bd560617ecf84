"""Django Tasks of the moderation workflow: the database backend runs them in `make demo`,
RQ at scale, and the immediate backend in tests. Periodic ones are also management commands
for cron (`send_notices` and `escalate_flags` every minute, `purge_moderation_data` daily), so
nothing depends on a broker or a worker being up at the moment a job was queued."""

from __future__ import annotations

from django.db import close_old_connections
from django_tasks import task


@task()
def deliver_notices_task(notification_ids: list[int]) -> dict[str, int]:
    """Send these outbox notices (moderation.notifications); a failure is retried later."""
    from moderation.notifications import deliver_notices

    # A long-lived worker outlives database restarts: drop a connection that broke, as Django
    # does between requests, so one restart does not fail every later job.
    close_old_connections()
    try:
        return deliver_notices(notification_ids)
    finally:
        close_old_connections()


@task()
def send_due_notices_task() -> dict[str, int]:
    from moderation.notifications import send_due_notices

    close_old_connections()
    return send_due_notices()


@task()
def notify_flag_task(
    flag_id: int, reason: str = "routed", recipient_ids: list[int] | None = None
) -> int:
    """Jobs queued before the outbox existed: write their notices and send them."""
    from django.db import transaction

    from moderation.models import Flag
    from moderation.notifications import deliver_notices, notify_on_commit

    flag = Flag.objects.filter(pk=flag_id).first()
    if flag is None:
        return 0
    with transaction.atomic():
        ids = notify_on_commit(flag, reason, recipient_ids)
    deliver_notices(ids)
    return len(ids)


@task()
def escalate_flags_task() -> int:
    from moderation.escalation import escalate_due_flags

    return escalate_due_flags()


@task()
def purge_moderation_data_task() -> dict[str, int]:
    from moderation.privacy import purge_expired

    return purge_expired()
