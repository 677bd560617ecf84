# Step 2 of 3: every existing course and identity gets its platform registration.
#
# A course keeps the platform its launches recorded. An identity takes the platform of the
# courses it is a member of. Otherwise the single active platform with the row's issuer is
# taken; when there is none, or several, the row goes to an inactive "unmatched" platform for
# that issuer, so that no launch can ever reach it by guessing which school it belonged to.
#
# An identity whose memberships span several platforms (two registrations that claimed one
# issuer and sent the same sub) is exactly the sharing this change ends: it keeps the
# platform of its latest launch and loses its memberships in the other platforms' courses;
# that platform's next launch creates a separate user.

from django.db import migrations

UNMATCHED_CLIENT_ID = "unmatched-before-lti-0006"


def _platform_for_issuer(Platform, issuer, found):
    if issuer in found:
        return found[issuer]
    active = list(Platform.objects.filter(issuer=issuer, is_active=True)[:2])
    if len(active) == 1:
        found[issuer] = active[0]
    else:
        found[issuer], _ = Platform.objects.get_or_create(
            issuer=issuer,
            client_id=UNMATCHED_CLIENT_ID,
            defaults={
                "name": f"Records from before per-registration identities ({issuer})"[:200],
                "auth_login_url": issuer,
                "auth_token_url": issuer,
                "key_set_url": issuer,
                "is_active": False,
            },
        )
    return found[issuer]


def fill(apps, schema_editor):
    Platform = apps.get_model("lti", "Platform")
    Course = apps.get_model("lti", "Course")
    LtiIdentity = apps.get_model("lti", "LtiIdentity")
    CourseMembership = apps.get_model("lti", "CourseMembership")
    found = {}

    for course in Course.objects.filter(platform__isnull=True).iterator():
        course.platform = _platform_for_issuer(Platform, course.issuer, found)
        course.save(update_fields=["platform"])

    split = 0
    for identity in LtiIdentity.objects.filter(platform__isnull=True).iterator():
        memberships = CourseMembership.objects.filter(user_id=identity.user_id).select_related(
            "course"
        )
        latest = memberships.order_by("-last_launch_at", "-pk").first()
        if latest is not None:
            identity.platform_id = latest.course.platform_id
            split += memberships.exclude(course__platform_id=identity.platform_id).delete()[0] or 0
        else:
            identity.platform = _platform_for_issuer(Platform, identity.issuer, found)
        identity.save(update_fields=["platform"])
    if split:
        print(f"\n  lti 0006: removed {split} membership(s) shared across platform registrations")


class Migration(migrations.Migration):
    dependencies = [
        ("lti", "0005_platform_owns_identities_and_courses"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
