"""The people in our tests, made as the product makes them, for every test folder.

An account gets only what the product gives it: a student or a teacher comes from an LMS with an
LTI identity and a course role, as a launch makes them; a safeguarding lead joins the group that
`migrate` makes; a trusted adult is on the Trusted adults list; a content editor is in Wagtail's
own "Editors" group. Nothing here grants a permission the product does not, so a test that passes
here passes for the same people in a real school.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

from curriculum.demo import wagtail_group
from lti.models import Course, CourseMembership, LtiIdentity, Platform, Role
from moderation.models import TrustedAdult
from moderation.staff.permissions import leads_group

ISSUER = "https://canvas.example.edu"


def school_platform(issuer: str = ISSUER, client_id: str = "school-client") -> Platform:
    """The platform registration an administrator would have entered for a school's LMS."""
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


def lms_course(context_id: str, title: str, *, issuer: str = ISSUER, deployment_id="d1") -> Course:
    return Course.objects.create(
        platform=school_platform(issuer),
        deployment_id=deployment_id,
        context_id=context_id,
        title=title,
    )


def lms_user(username: str, name: str = "", *, sub: str = "", issuer: str = ISSUER, **fields):
    """Someone who arrived by an LMS launch: no password, no groups, an LTI identity."""
    user = get_user_model().objects.create_user(username=username, **fields)
    LtiIdentity.objects.create(
        user=user, platform=school_platform(issuer), sub=sub or f"sub-{username}", name=name
    )
    return user


def enrol(user: Any, course: Course, role: str = Role.STUDENT) -> CourseMembership:
    return CourseMembership.objects.create(user=user, course=course, role=role)


def student(course: Course, username: str = "student", name: str = "Sam Student", **fields):
    user = lms_user(username, name, **fields)
    enrol(user, course)
    return user


def teacher(course: Course, username: str = "teacher", name: str = "Tom Teacher", **fields):
    user = lms_user(username, name, **fields)
    enrol(user, course, Role.TEACHER)
    return user


def safeguarding_lead(username: str = "lead", **fields: Any):
    """A member of the "Safeguarding leads" group, as the admin's Users page makes one."""
    fields.setdefault("email", f"{username}@school.example")
    user = get_user_model().objects.create_user(username=username, password="pw", **fields)
    user.groups.add(leads_group())
    return user


def content_editor(username: str = "editor", **fields: Any):
    """A content editor in Wagtail's "Editors" group: the pages, nothing of safeguarding."""
    user = get_user_model().objects.create_user(username=username, password="pw", **fields)
    user.groups.add(wagtail_group("Editors"))
    return user


def staff_member(username: str, **fields: Any):
    """An adult with an account and no group yet (a counsellor before the school lists them)."""
    fields.setdefault("email", f"{username}@school.example")
    return get_user_model().objects.create_user(username=username, password="pw", **fields)


def trusted_adult(username: str, display_name: str, role_title: str, **fields: Any):
    """An adult on the Trusted adults list, which is what lets them read concerns sent to them."""
    sort_order = fields.pop("sort_order", 0)
    return TrustedAdult.objects.create(
        user=staff_member(username, **fields),
        display_name=display_name,
        role_title=role_title,
        sort_order=sort_order,
    )
