from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from curriculum.importer import ContentLoadError, check_content, load_curriculum
from lessons_content.format import CONTENT_DIR


class Command(BaseCommand):
    help = (
        "Load lessons_content/ into Wagtail pages. Re-runnable: unchanged files write nothing, "
        "edited files become new revisions. With --check, only validate (no database needed)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Validate every file; write nothing."
        )
        parser.add_argument(
            "--path", type=Path, default=CONTENT_DIR, help="Content folder to load."
        )

    def handle(self, *args, check: bool, path: Path, verbosity: int, **options):
        try:
            if check:
                curriculum = check_content(path)
                self.stdout.write(
                    f"OK: {len(curriculum.strands)} strands, {len(curriculum.lessons)} lessons, "
                    f"{len(curriculum.family_pages)} family pages"
                )
                return
            log = self.stdout.write if verbosity > 1 else (lambda _: None)
            report = load_curriculum(path, log=log)
        except ContentLoadError as exc:
            for error in exc.errors:
                self.stderr.write(str(error))
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(f"Curriculum loaded: {report.summary()}"))
