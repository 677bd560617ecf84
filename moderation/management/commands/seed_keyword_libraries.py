"""``manage.py seed_keyword_libraries``: the starter libraries into the database (re-runnable)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from moderation.keywords.store import seed_starter_libraries


class Command(BaseCommand):
    help = (
        "Create or update the starter keyword libraries from moderation/libraries/. "
        "Re-runnable: nothing is duplicated, entries staff excluded are kept, and so is each "
        "field staff changed that the shipped file did not."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="report, change nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            reports = seed_starter_libraries()
            if options["dry_run"]:
                transaction.set_rollback(True)
        for report in reports:
            self.stdout.write(str(report))
        if options["dry_run"]:
            self.stdout.write("Dry run: nothing was changed.")
