"""A school's first production server: `migrate` alone gives the safeguarding leads their group.

Before, only `load_demo` made it, so a lead added to a hand-made group without the right
permission was refused at the admin's door."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from moderation.staff.permissions import LEADS_GROUP


def test_a_migrated_database_has_the_leads_group_with_admin_access(db):
    group = Group.objects.get(name=LEADS_GROUP)
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
    assert {"wagtailadmin.access_admin", "moderation.change_moderationsettings"} <= granted


def test_a_lead_added_to_the_group_reaches_the_admin_and_the_flag_queue(client, db):
    lead = get_user_model().objects.create_user("ms-rivera", password="x-long-enough-1")
    lead.groups.add(Group.objects.get(name=LEADS_GROUP))
    client.force_login(lead)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/moderation/flags/").status_code == 200


def test_migrating_again_keeps_one_group_and_what_the_school_took_away(db):
    group = Group.objects.get(name=LEADS_GROUP)
    group.permissions.remove(
        Permission.objects.get(
            codename="change_moderationsettings", content_type__app_label="moderation"
        )
    )
    call_command("migrate", verbosity=0)
    assert Group.objects.filter(name=LEADS_GROUP).count() == 1
    assert group.permissions.filter(codename="access_admin").exists()
    assert not group.permissions.filter(codename="change_moderationsettings").exists()


def test_a_deleted_leads_group_comes_back_with_its_permissions_at_the_next_migrate(db):
    Group.objects.get(name=LEADS_GROUP).delete()
    call_command("migrate", verbosity=0)
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=LEADS_GROUP).permissions.all()
    }
    assert {"wagtailadmin.access_admin", "moderation.change_moderationsettings"} <= granted
