"""Django Tasks of the moderation workflow: the database backend runs them in `make demo`,
RQ at scale, and the immediate backend in tests. Periodic ones are also management commands
(`escalate_flags` every minute, `purge_moderation_data` daily) for cron."""

from __future__ import annotations

from django_tasks import task


@task()
def notify_flag_task(
    flag_id: int, reason: str = "routed", recipient_ids: list[int] | None = None
) -> int:
    from moderation.notifications import notify_flag

    return notify_flag(flag_id, reason, recipient_ids)


@task()
def escalate_flags_task() -> int:
    from moderation.escalation import escalate_due_flags

    return escalate_due_flags()


@task()
def purge_moderation_data_task() -> dict[str, int]:
    from moderation.privacy import purge_expired

    return purge_expired()
