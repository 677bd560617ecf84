"""``manage.py send_notices``: run every minute (cron or a systemd timer) beside the workers.

The outbox's safety net: sends every staff notice still waiting (its task lost with a Redis
restart, a worker killed mid-send, a database restart, a relay that was down) and alerts the
safeguarding leads about any flag whose notices reached nobody. Needs no broker.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from moderation.flags.notifications import send_due_notices


class Command(BaseCommand):
    help = (
        "Send every staff notice that is due (never sent, or its retry time has come) and alert "
        "the safeguarding leads about flags that reached nobody. Safe to run on several "
        "machines at once; run it every minute."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--limit", type=int, default=1000, help="Most notices per run.")
        parser.add_argument(
            "--every",
            type=float,
            default=0,
            help="Run again every this many seconds, for ever (a service instead of cron: one "
            "start-up, and a database that restarts is waited for).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        every = options["every"]
        while True:
            try:
                self._run(options["limit"])
            except DatabaseError as exc:
                if not every:
                    raise
                self.stderr.write(f"database unavailable, trying again in {every} s: {exc}")
            if not every:
                return
            close_old_connections()
            time.sleep(every)

    def _run(self, limit: int) -> None:
        outcome = send_due_notices(limit=limit)
        self.stdout.write(
            "{sent} sent, {retry} to retry, {failed} given up, {skipped} skipped; "
            "{alerted} unreached flag(s) sent to the leads.".format(**outcome)
        )
