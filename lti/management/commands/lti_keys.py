from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from lti.keys import ensure_key, give_own_key_set, key_sets_in_use, reseal_keys, rotate_keys
from lti.models import Platform, ToolKey


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
        group.add_argument(
            "--own-key-set",
            metavar="PLATFORM_ID",
            help="Give a platform that signs with the tool's one key (/lti/jwks/, configured "
            "before every platform had keys of its own) a key set of its own, and print the "
            "JWKS URL its LMS administrator must paste. 'all': every such platform.",
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
        elif options["own_key_set"]:
            self._own_key_sets(options["own_key_set"])
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

    def _own_key_sets(self, which: str) -> None:
        sharing = Platform.objects.filter(tool_key_set="").order_by("pk")
        if which != "all":
            if not which.isdigit() or not Platform.objects.filter(pk=int(which)).exists():
                raise CommandError(f"No platform with id {which!r} (see the admin's list).")
            sharing = sharing.filter(pk=int(which))
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        for platform in sharing:
            for moved in give_own_key_set(platform):
                url = base + reverse("lti:key_set_jwks", args=[moved.tool_key_set])
                self.stdout.write(
                    f"{moved} (id {moved.pk}) now has keys of its own. Its LMS administrator "
                    f"must paste {url} as the tool's public keyset (JWKS) URL: Moodle's "
                    "'Public keyset URL', Canvas's developer key 'Public JWK URL'. Until then "
                    "its grades wait and are sent again later."
                )


def _of_set(key_set: str) -> str:
    return f" (key set {key_set})" if key_set else ""
