from django.core.management.base import BaseCommand

from lti.keys import ensure_key, key_sets_in_use, reseal_keys, rotate_keys
from lti.models import ToolKey


class Command(BaseCommand):
    help = (
        "Generate the LTI tool's signing key (if there is none), or rotate: publish a new key "
        "(in the tool's key set and in each self-registered platform's) that signs after "
        "LTI_KEY_PUBLISH_AHEAD_SECONDS, and retire the old one after "
        "LTI_KEY_RETIRE_AFTER_SECONDS more. Private keys are stored in the database only, sealed "
        "with LTI_KEY_ENCRYPTION_KEYS (or a key derived from SECRET_KEY); --reseal seals them "
        "all with the first of those after a rotation."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--generate", action="store_true", help="Create a key if none signs now."
        )
        group.add_argument("--rotate", action="store_true", help="Publish a new key for rotation.")
        group.add_argument(
            "--reseal",
            action="store_true",
            help="Seal every private key with the first sealing key (after rotating it).",
        )
        group.add_argument("--list", action="store_true", help="List keys (default).")

    def handle(self, *args, **options):
        if options["generate"]:
            key, created = ensure_key()
            verb = "Created" if created else "Kept existing"
            self.stdout.write(f"{verb} signing key {key.kid}")
        elif options["reseal"]:
            count = reseal_keys()
            self.stdout.write(f"Sealed {count} key(s) with the first sealing key")
        elif options["rotate"]:
            # The tool's own set, and the set each self-registered platform was given.
            for key_set in key_sets_in_use():
                key = rotate_keys(key_set)
                self.stdout.write(
                    f"Published key {key.kid}{_of_set(key_set)}; it signs from "
                    f"{key.active_from:%Y-%m-%d %H:%M %Z}"
                )
        for key in ToolKey.objects.order_by("active_from"):
            expires = (
                f"unpublished from {key.expires_at:%Y-%m-%d %H:%M}"
                if key.expires_at
                else "published"
            )
            self.stdout.write(
                f"  {key.kid}  signs from {key.active_from:%Y-%m-%d %H:%M}  {expires}"
                + _of_set(key.key_set)
            )


def _of_set(key_set: str) -> str:
    return f" (key set {key_set})" if key_set else ""
