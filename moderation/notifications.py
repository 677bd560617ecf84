"""When staff hear about a flag: critical flags at once, within the request that raised them,
once its transaction has committed; the rest through a task, so a post is never slowed by
an e-mail server. Either way nothing is sent for a transaction that rolled back."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db import transaction

from moderation import audit
from moderation.channels import notify
from moderation.models import Flag, Severity

logger = logging.getLogger("moderation.notifications")


def notify_on_commit(
    flag: Flag, reason: str = "routed", recipient_ids: Iterable[int] | None = None
) -> None:
    flag_id, critical = flag.pk, flag.severity >= Severity.CRITICAL
    ids = sorted(recipient_ids) if recipient_ids is not None else None

    def send() -> None:
        if critical:
            notify_flag(flag_id, reason, ids)
            return
        from moderation.tasks import notify_flag_task

        try:
            notify_flag_task.enqueue(flag_id, reason, ids)
        except Exception:  # noqa: BLE001 - no queue must never mean no notice
            logger.exception("could not queue the notice for flag %s; sending now", flag_id)
            notify_flag(flag_id, reason, ids)

    transaction.on_commit(send)


def notify_flag(
    flag_id: int, reason: str = "routed", recipient_ids: list[int] | None = None
) -> int:
    """Tell the flag's recipients (or those given) on every channel; safe to run twice."""
    flag = Flag.objects.select_related("post", "course").filter(pk=flag_id).first()
    if flag is None:
        return 0  # purged or erased in the meantime
    if recipient_ids is None:
        people = list(flag.routed_to.filter(is_active=True).order_by("pk"))
    else:
        people = list(
            get_user_model().objects.filter(pk__in=recipient_ids, is_active=True).order_by("pk")
        )
    sent = notify(people, flag=flag, reason=reason)
    audit.record(None, "flag.notified", flag, reason=reason, recipients=[p.pk for p in people])
    return sent
