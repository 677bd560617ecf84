"""Being on the Trusted adults list is what lets an adult read the concerns sent to them.

A counsellor a school adds to the list usually has no other admin role, so the product gives
every active trusted adult the "Trusted adults" group (the admin, nothing more: the concern
inbox shows them only their own concerns) and takes it away when they step down or leave the
list. The group's members follow the list; nobody needs to grant access by hand.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save

from moderation.models import TrustedAdult
from moderation.staff.permissions import trusted_adults_group


def match_group_to_list(**_: Any) -> None:
    """Members of the "Trusted adults" group are exactly the active adults on the list. The
    list is short (a school's staff), so the whole group is set at each change, which also
    covers an entry moved from one user to another."""
    group = trusted_adults_group()
    listed = get_user_model().objects.filter(trusted_adult__active=True)
    group.user_set.set(listed)


def connect() -> None:
    post_save.connect(match_group_to_list, sender=TrustedAdult, dispatch_uid="trusted-adult-saved")
    post_delete.connect(
        match_group_to_list, sender=TrustedAdult, dispatch_uid="trusted-adult-deleted"
    )
