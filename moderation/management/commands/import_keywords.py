"""``manage.py import_keywords <library> <file> --reason "..."``: add or update entries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from moderation.engine import LibraryError
from moderation.keywords.store import import_library


class Command(BaseCommand):
    help = (
        "Import a keyword library CSV (the format of moderation/libraries/README.md) into the "
        "named library, creating it if needed. Every line is checked first: on any problem "
        "nothing is written. Entries not in the file, and exclusions, are left as they are."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("library", help="the library's name, e.g. bullying")
        parser.add_argument("file", help="a CSV file")
        parser.add_argument("--reason", required=True, help="why; kept in each entry's history")
        parser.add_argument("--dry-run", action="store_true", help="check and report only")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        try:
            with transaction.atomic():
                report = import_library(options["library"], text, None, options["reason"])
                if options["dry_run"]:
                    transaction.set_rollback(True)
        except LibraryError as error:
            raise CommandError("\n".join(error.problems)) from error
        self.stdout.write(
            str(report) + (" (dry run: nothing written)" if options["dry_run"] else "")
        )
