from django.core.management.base import BaseCommand, CommandError

from moderation.api.keys import create_api_key
from moderation.models import ApiKey


class Command(BaseCommand):
    help = (
        "Make an API key for an integration and print it once; only its hash is stored. "
        "Run it again for another key: keys are never shown twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="Which integration the key is for, e.g. 'District chat'.")
        parser.add_argument(
            "--scope",
            choices=ApiKey.Scope.values,
            default=ApiKey.Scope.WRITE,
            help="read: GET /api/v1/flags; write: scan and send posts; read_write: both.",
        )

    def handle(self, *args, name: str, scope: str, **options):
        if not name.strip():
            raise CommandError("Give the key a name.")
        key, raw_key = create_api_key(name.strip(), scope)
        self.stdout.write(f"API key {key.prefix}… for {key.name!r}, scope {key.scope}:")
        self.stdout.write(raw_key)
        self.stdout.write("Store it now: it is not kept and cannot be shown again.")
