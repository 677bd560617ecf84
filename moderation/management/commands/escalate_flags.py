"""``manage.py escalate_flags``: run every minute (cron); escalates flags nobody acknowledged."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from moderation.flags.escalation import escalate_due_flags


class Command(BaseCommand):
    help = (
        "Escalate every flag still new after its deadline (ModerationSettings: critical and "
        "other escalation minutes) to the next contact. Re-runnable; run it every minute."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        count = escalate_due_flags()
        self.stdout.write(f"{count} flag(s) escalated.")
