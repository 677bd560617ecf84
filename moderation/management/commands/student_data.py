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


def find_student(who: str, issuer: str = "") -> Any:
    """A user by id, or by LTI `sub` (with the issuer when two platforms share a sub)."""
    identities = LtiIdentity.objects.filter(sub=who).select_related("user")
    if issuer:
        identities = identities.filter(issuer=issuer)
    found = list(identities[:2])
    if len(found) > 1:
        raise CommandError(f"Several platforms use sub {who!r}: name one with --issuer.")
    if found:
        return found[0].user
    if who.isdigit():
        user = get_user_model().objects.filter(pk=int(who)).first()
        if user is not None:
            return user
    raise CommandError(f"No student with id or LTI sub {who!r}.")


class Command(BaseCommand):
    help = (
        "Export everything moderation and the lesson flow's free text hold about one student "
        "as JSON (subject access), or erase it. Identify the student by user id or LTI sub."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("student", help="user id, or LTI sub")
        parser.add_argument("--issuer", default="", help="the LMS issuer, when the sub is shared")
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--export", metavar="FILE", help="write the student's data as JSON")
        action.add_argument("--erase", action="store_true", help="delete the student's data")

    def handle(self, *args: Any, **options: Any) -> None:
        user = find_student(options["student"], options["issuer"])
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
