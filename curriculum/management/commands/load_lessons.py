from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from curriculum.importer import ContentLoadError, check_content, load_curriculum
from lessons_content.format import CONTENT_DIR
from lessons_content.report import content_report


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
        parser.add_argument(
            "--report",
            action="store_true",
            help="With --check: then print lessons per strand and grade band, quiz answer "
            "length balance and Spanish coverage.",
        )

    def handle(self, *args, check: bool, path: Path, report: bool, verbosity: int, **options):
        try:
            if check:
                curriculum = check_content(path)
                self.stdout.write(
                    f"OK: {len(curriculum.strands)} strands, {len(curriculum.lessons)} lessons, "
                    f"{len(curriculum.family_pages)} family pages"
                )
                if report:
                    self.stdout.write("\n" + content_report(curriculum))
                return
            log = self.stdout.write if verbosity > 1 else (lambda _: None)
            loaded = load_curriculum(path, log=log)
        except ContentLoadError as exc:
            for error in exc.errors:
                self.stderr.write(str(error))
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(f"Curriculum loaded: {loaded.summary()}"))
