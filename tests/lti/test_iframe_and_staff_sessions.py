"""The iframe's session and the staff admin's session are two cookies that never meet.

The review found the staff admin riding on the iframe's `SameSite=None` session cookie, so a
cross-site request carried the safeguarding lead's session. Now the LTI pages keep a session
cookie of their own (`SameSite=None; Partitioned` over https) and the admin keeps Django's
`SameSite=Lax` `sessionid`.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.test import Client

from moderation.staff.permissions import leads_group


def test_the_staff_session_cookie_is_lax_and_not_the_iframe_session_cookie(lms, lessons, db):
    lead = get_user_model().objects.create_user("dana", password="a long staff password")
    lead.groups.add(leads_group())
    staff = Client()
    response = staff.post(
        "/admin/login/",
        {"username": "dana", "password": "a long staff password"},
        secure=True,
    )
    assert response.status_code == 302
    staff_cookie = response.cookies["sessionid"]
    assert staff_cookie["samesite"] == "Lax"
    assert "Partitioned" not in staff_cookie.output()
    assert "lti_sessionid" not in response.cookies

    launch = lms.student_launch(lessons[0])
    iframe_cookie = launch.cookies["lti_sessionid"]
    assert iframe_cookie["samesite"] == "None" and iframe_cookie["secure"]
    assert iframe_cookie.output().endswith("; Partitioned")
    assert "sessionid" not in launch.cookies


def test_an_lti_session_cookie_does_not_open_the_admin(lms, lessons):
    """Even for someone who is also a safeguarding lead: the admin never reads the iframe's
    cookie, so what a cross-site iframe session can do stops at the LTI pages."""
    lms.student_launch(lessons[0])
    person = get_user_model().objects.get()
    person.groups.add(leads_group())
    iframe_only = Client()
    iframe_only.cookies["lti_sessionid"] = lms.client.cookies["lti_sessionid"].value

    response = iframe_only.get("/admin/", secure=True)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_staff_session_is_not_read_on_the_lti_pages(lms, lessons):
    """The other way round: a page shown in the iframe never sees the admin's session."""
    lesson = lms.student_launch(lessons[0])["Location"]
    assert lms.client.get(lesson, secure=True).status_code == 302  # opens the first step
    staff_only = Client()
    staff_only.cookies["sessionid"] = lms.client.cookies["lti_sessionid"].value

    response = staff_only.get(lesson, secure=True)

    assert response.status_code == 403
