"""``manage.py export_keywords <library> [file]``: a library as CSV, to stdout or a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.keywords.store import export_library
from moderation.models import KeywordLibrary


class Command(BaseCommand):
    help = "Export a keyword library as CSV in the library file format (excluded entries left out)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("library", help="the library's name, e.g. bullying")
        parser.add_argument("file", nargs="?", help="write here instead of standard output")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            text = export_library(options["library"])
        except KeywordLibrary.DoesNotExist as error:
            raise CommandError(f"No keyword library named {options['library']!r}.") from error
        if options["file"]:
            Path(options["file"]).write_text(text, encoding="utf-8")
            self.stdout.write(f"Wrote {options['file']}")
        else:
            self.stdout.write(text, ending="")
