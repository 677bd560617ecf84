"""A flag nobody acknowledged in time goes to the next contact.

Each new flag gets `escalate_after` (ModerationSettings.critical_escalation_minutes for
critical flags, escalation_minutes for the rest). `escalate_due_flags`, run every minute by
`manage.py escalate_flags` (cron) or the `escalate_flags_task` task, escalates every flag
still new after that time to its routing rule's escalation contacts (the safeguarding leads
when the rule names none). Re-runnable: each flag is claimed by a conditional UPDATE, so two
runs at once escalate it once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from moderation.flags.routing import escalation_contacts
from moderation.models import Flag, ModerationSettings, Severity
from moderation.staff import audit

BATCH = 500


def escalate_due_flags(now: datetime | None = None) -> int:
    """Escalate every new flag past its deadline; returns how many were escalated."""
    now = now or timezone.now()
    due = Flag.objects.filter(status=Flag.Status.NEW, escalate_after__lte=now).order_by(
        "-severity", "escalate_after"
    )
    return sum(
        1 for pk in list(due.values_list("pk", flat=True)[:BATCH]) if _escalate(pk, None, "", now)
    )


def escalate_flag(flag: Flag | int, *, actor: Any = None, reason: str = "") -> bool:
    """Escalate one open flag now (a member of staff asking for the next contact)."""
    pk = flag.pk if isinstance(flag, Flag) else flag
    return _escalate(pk, actor, reason, None)


def _escalate(pk: int, actor: Any, reason: str, due_by: datetime | None) -> bool:
    with transaction.atomic():
        claim = Flag.objects.filter(pk=pk)
        if due_by is not None:  # automatic: only if still new and still overdue
            claim = claim.filter(status=Flag.Status.NEW, escalate_after__lte=due_by)
        else:
            claim = claim.exclude(status=Flag.Status.RESOLVED)
        if not claim.update(
            status=Flag.Status.ESCALATED,
            escalation_level=F("escalation_level") + 1,
            escalate_after=None,
        ):
            return False
        flag = Flag.objects.select_related("rule").get(pk=pk)
        contacts = escalation_contacts(flag.rule, flag)
        flag.routed_to.add(*contacts)
        if due_by is not None:
            settings = ModerationSettings.load()
            minutes = (
                settings.critical_escalation_minutes
                if flag.severity >= Severity.CRITICAL
                else settings.escalation_minutes
            )
            reason = f"Not acknowledged within {minutes} minutes."
        audit.record(
            actor,
            "flag.escalated",
            flag,
            reason=reason,
            level=flag.escalation_level,
            escalated_to=[person.pk for person in contacts],
        )
        from moderation.flags.notifications import queue_notices

        # Written with the escalation (the outbox); a task sends them once it has committed.
        queue_notices(contacts, flag=flag, reason="escalated")
    return True
