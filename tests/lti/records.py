"""Platform registrations for tests that build courses and identities directly.

Courses and LTI identities belong to a platform registration (not to an issuer string), so a
fixture that makes them needs one: the registration an administrator would have entered.
"""

from __future__ import annotations

from lti.models import Platform


def school_platform(
    issuer: str = "https://canvas.example.edu", client_id: str = "school-client"
) -> Platform:
    platform, _ = Platform.objects.get_or_create(
        issuer=issuer,
        client_id=client_id,
        defaults={
            "name": f"School LMS ({issuer})",
            "auth_login_url": issuer + "/api/lti/authorize_redirect",
            "auth_token_url": issuer + "/login/oauth2/token",
            "key_set_url": issuer + "/api/lti/security/jwks",
        },
    )
    return platform


# --- The people who may (or may not) register platforms, as the product defines them -------


def safeguarding_lead(username: str = "lead"):
    """A member of the "Safeguarding leads" group, as the product makes it."""
    from django.contrib.auth import get_user_model

    from moderation.staff.permissions import leads_group

    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.add(leads_group())
    return user


def content_editor(username: str = "editor"):
    """A content editor in Wagtail's "Editors" group, with staff status as earlier demos gave
    it: staff status alone must open nothing about platforms."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username=username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def registration_link(client, user, issuer: str, lms_address: str = "") -> str:
    """What a lead does on the LTI self-test page: the path of the link the page shows."""
    import re

    client.force_login(user)
    page = client.post(
        "/admin/lti/registration-links/new/", {"issuer": issuer, "lms_address": lms_address}
    )
    client.logout()
    assert page.status_code == 200, page.content[:500]
    [path] = set(re.findall(r"/lti/register/[\w-]+/", page.content.decode()))
    return path
