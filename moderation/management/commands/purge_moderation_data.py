"""``manage.py purge_moderation_data``: run daily; deletes what is past its retention."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from moderation.privacy import purge_expired


class Command(BaseCommand):
    help = (
        "Delete moderated posts, flags and concerns older than the retention days in "
        "ModerationSettings, and the lesson flow's copies of the same words (discussion posts "
        "and reflections, after the post retention days). Audit entries stay (they hold no "
        "text). Re-runnable."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            counts = purge_expired()
            if options["dry_run"]:
                transaction.set_rollback(True)
        summary = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items())
        suffix = " (dry run: nothing deleted)" if options["dry_run"] else ""
        self.stdout.write(f"Purged: {summary}{suffix}")
