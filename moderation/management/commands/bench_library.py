"""``manage.py bench_library [csv files...]``: benchmark a keyword library on this machine."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.bench.engine import benchmark_entries
from moderation.engine import LibraryError, load_entries
from moderation.keywords.starter import starter_entries


class Command(BaseCommand):
    help = (
        "Benchmark the moderation engine on keyword library CSV files (default: every "
        "starter library): throughput against raw Aho-Corasick, latency, compile time."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="*", help="library CSV files in the starter format")
        parser.add_argument(
            "--posts", type=int, default=20_000, help="generated posts to scan (default 20000)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            entries = (
                [e for path in options["files"] for e in load_entries(path)]
                if options["files"]
                else starter_entries()
            )
        except (OSError, LibraryError) as error:
            raise CommandError(str(error)) from error
        for line in benchmark_entries(entries, posts=options["posts"]):
            self.stdout.write(line)
