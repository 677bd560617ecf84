"""``manage.py student_data <user id or LTI sub> --export FILE | --erase``: subject access
and erasure for one student."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lti.models import LtiIdentity
from moderation.privacy import erase_student_data, export_student_data


def find_student(who: str, platform: int | None = None) -> Any:
    """A user by id, or by LTI `sub` on one platform registration (`--platform`).

    A sub means nothing without its platform: another school's LMS may use the same one, and
    exporting or erasing that child's data would be a breach.
    """
    if platform is not None:
        identity = (
            LtiIdentity.objects.filter(platform_id=platform, sub=who).select_related("user").first()
        )
        if identity is None:
            raise CommandError(f"No student with LTI sub {who!r} on platform {platform}.")
        return identity.user
    # Checked before the user id: Moodle's subs are numbers, and a sub read as a user id would
    # export or erase somebody else.
    if LtiIdentity.objects.filter(sub=who).exists():
        raise CommandError(
            f"{who!r} is an LTI sub: name its platform with --platform <id> "
            "(the id is in the admin's LMS platforms list). For the user with that id, "
            f"pass user:{who}."
        )
    user_id = who.removeprefix("user:")
    if user_id.isdigit():
        user = get_user_model().objects.filter(pk=int(user_id)).first()
        if user is not None:
            return user
    raise CommandError(f"No student with id {who!r}.")


class Command(BaseCommand):
    help = (
        "Export everything moderation and the lesson flow's free text hold about one student "
        "as JSON (subject access), or erase it. Identify the student by user id, or by LTI sub "
        "and --platform."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("student", help="user id (or user:<id>), or LTI sub (with --platform)")
        parser.add_argument(
            "--platform",
            type=int,
            default=None,
            help="the id of the LMS platform registration the LTI sub belongs to",
        )
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--export", metavar="FILE", help="write the student's data as JSON")
        action.add_argument("--erase", action="store_true", help="delete the student's data")

    def handle(self, *args: Any, **options: Any) -> None:
        user = find_student(options["student"], options["platform"])
        if options["export"]:
            data = export_student_data(user)
            Path(options["export"]).write_text(
                json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
            )
            self.stdout.write(f"Wrote {options['export']}")
            return
        counts = erase_student_data(user)
        summary = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items())
        self.stdout.write(f"Erased for user {user.pk}: {summary}")
