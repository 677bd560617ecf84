from django.core.management.base import BaseCommand

from lti.grades import send_due_scores
from lti.models import ScoreOutbox


class Command(BaseCommand):
    help = (
        "Send every LTI grade (AGS score) that is due: new ones and retries after backoff. "
        "Run every few minutes (cron, systemd timer); safe to run on several machines at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what is due.")

    def handle(self, *args, **options):
        if options["dry_run"]:
            for status in ScoreOutbox.Status:
                count = ScoreOutbox.objects.filter(status=status).count()
                self.stdout.write(f"{status.label}: {count}")
            return
        counts = send_due_scores()
        self.stdout.write(
            ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "Nothing due."
        )
