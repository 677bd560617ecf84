"""Demo users for `make demo`. Passwords are printed on purpose: this runs only on a laptop,
with DEBUG on; with DEBUG off nothing here creates a user (production has no default password)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string


@dataclass(frozen=True, slots=True)
class DemoLogin:
    role: str
    username: str
    password: str
    groups: tuple[str, ...]
    superuser: bool = False

    @property
    def email(self) -> str:
        # example.org is reserved for examples (RFC 2606): the console shows the alert e-mail a
        # lead would get, and nothing can ever be delivered to a real person.
        return f"{self.username}@example.org"


DEMO_LOGINS = (
    DemoLogin("Administrator:", "admin", "upstander-admin", (), superuser=True),
    DemoLogin("Content editor:", "editor", "upstander-editor", ("Editors",)),
    # Wagtail's "Moderators" publish what an editor submits for moderation.
    DemoLogin("Content reviewer:", "reviewer", "upstander-reviewer", ("Moderators",)),
    DemoLogin("Safeguarding lead:", "safeguarding", "upstander-safe", ("Safeguarding leads",)),
)


NOT_IN_PRODUCTION = (
    "load_demo creates logins with well-known passwords, so it runs only with DEBUG on "
    "(make demo, or DEBUG=True on your own computer). On a server, create real accounts with "
    "`manage.py createsuperuser` and the admin's Users page."
)


def create_demo_users() -> None:
    """The demo's logins, each in the group the product defines for its role, each with an
    example.org address so that alerts show on the console. Only the superuser is `is_staff`:
    the Django admin is for superusers, the others work in Wagtail's."""
    from moderation.staff.permissions import LEADS_GROUP, leads_group

    if not settings.DEBUG:
        raise ImproperlyConfigured(NOT_IN_PRODUCTION)
    user_model = get_user_model()
    for login in DEMO_LOGINS:
        user, created = user_model.objects.get_or_create(
            username=login.username,
            defaults={"is_staff": login.superuser, "is_superuser": login.superuser},
        )
        if created:
            user.set_password(login.password)
        user.is_staff = login.superuser  # earlier demos made every login staff
        user.email = login.email  # earlier demos had none, so no alert was ever e-mailed
        user.save()
        for name in login.groups:
            group = leads_group() if name == LEADS_GROUP else wagtail_group(name)
            user.groups.add(group)


# What Wagtail's own migrations give its two groups, on the root page and root collection.
# `migrate` makes them; a database that lost them (a flushed test database) gets them back.
WAGTAIL_GROUPS = {
    "Editors": ("add_page", "change_page"),
    "Moderators": ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
}
WAGTAIL_MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image", "delete_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document", "delete_document"),
}


def wagtail_group(name: str) -> Group:
    """Wagtail's "Editors" or "Moderators" as its migrations make it; left as it is if it exists."""
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    group, created = Group.objects.get_or_create(name=name)
    if not created:
        return group
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for codename in WAGTAIL_GROUPS[name]:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.create(group=group, page=root_page, permission=permission)
    for app_label, codenames in WAGTAIL_MEDIA_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            group.permissions.add(permission)
            if not codename.startswith("delete"):
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=permission
                )
    # and what the product gives content editors' groups once (the keyword libraries)
    from moderation.staff.permissions import editors_manage_libraries

    editors_manage_libraries()
    return group


def extra_demo_loaders() -> list[Callable]:
    return [import_string(path) for path in getattr(settings, "DEMO_LOADERS", [])]
