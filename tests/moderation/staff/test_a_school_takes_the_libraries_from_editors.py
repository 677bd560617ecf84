"""A school that wants the keyword libraries with its safeguarding leads alone takes the
permission away from Wagtail's Editors group. The next deploy runs migrate: the editors stay
without the libraries, as a permission taken from Wagtail's own groups stays taken (Wagtail
gives those once, in its data migrations). A fresh database still gives them the libraries."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from moderation.models import ProductGrant
from moderation.staff.permissions import CONTENT_EDITOR_GROUPS
from tests import personas

pytestmark = pytest.mark.django_db

LIBRARY_CODENAMES = {"view_keywordentry", "add_keywordentry", "change_keywordentry"}


def library_permissions() -> list[Permission]:
    return list(
        Permission.objects.filter(
            content_type__app_label="moderation", codename__in=LIBRARY_CODENAMES
        )
    )


def library_codenames(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return set(
        group.permissions.filter(codename__in=LIBRARY_CODENAMES).values_list("codename", flat=True)
    )


def test_a_fresh_database_gives_both_editors_groups_the_libraries():
    for name in CONTENT_EDITOR_GROUPS:
        assert library_codenames(name) == LIBRARY_CODENAMES


def test_the_libraries_taken_from_editors_stay_taken_after_the_next_migrate(client):
    editor = personas.content_editor()
    Group.objects.get(name="Editors").permissions.remove(*library_permissions())

    call_command("migrate", verbosity=0)

    assert library_codenames("Editors") == set()
    assert library_codenames("Moderators") == LIBRARY_CODENAMES  # left as it was
    client.force_login(editor)
    assert "Keyword libraries" not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(reverse("moderation_admin:libraries")).status_code in (302, 403)


def test_a_school_that_took_them_away_before_this_upgrade_keeps_them_away():
    # A database from before grants were recorded: every earlier migrate gave the libraries,
    # and this school took them from Editors since.
    ProductGrant.objects.all().delete()
    Group.objects.get(name="Editors").permissions.remove(*library_permissions())
    migration = importlib.import_module("moderation.migrations.0012_product_grants")

    class Upgrade:  # what RunPython hands the function: the connection it migrates
        pass

    upgrade = Upgrade()
    upgrade.connection = connection
    migration.record_what_earlier_migrates_gave(apps, upgrade)
    call_command("migrate", verbosity=0)

    assert library_codenames("Editors") == set()
    assert library_codenames("Moderators") == LIBRARY_CODENAMES
