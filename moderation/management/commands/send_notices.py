"""``manage.py send_notices``: run every minute (cron or a systemd timer) beside the workers.

The outbox's safety net: sends every staff notice still waiting (its task lost with a Redis
restart, a worker killed mid-send, a database restart, a relay that was down) and alerts the
safeguarding leads about any flag whose notices reached nobody. Needs no broker.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from moderation.notifications import send_due_notices


class Command(BaseCommand):
    help = (
        "Send every staff notice that is due (never sent, or its retry time has come) and alert "
        "the safeguarding leads about flags that reached nobody. Safe to run on several "
        "machines at once; run it every minute."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--limit", type=int, default=1000, help="Most notices per run.")

    def handle(self, *args: Any, **options: Any) -> None:
        outcome = send_due_notices(limit=options["limit"])
        self.stdout.write(
            "{sent} sent, {retry} to retry, {failed} given up, {skipped} skipped; "
            "{alerted} unreached flag(s) sent to the leads.".format(**outcome)
        )
