import re

from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore

from lti.models import Course, CourseMembership, LtiIdentity, ResourceLink, Role


def test_a_student_lands_on_the_lesson(lms, lessons):
    response = lms.student_launch(lessons[0])
    assert response.status_code == 302
    link = ResourceLink.objects.get()
    assert response["Location"] == f"/learn/{link.pk}/"
    assert link.lesson_link.lesson.pk == lessons[0].pk
    assert link.line_item_url == lms.platform.line_item_url("1")
    membership = CourseMembership.objects.get()
    assert membership.role == Role.STUDENT
    session = SessionStore(lms.client.cookies["lti_sessionid"].value)
    assert session["_auth_user_id"] == str(membership.user.pk)


def test_a_teacher_lands_on_the_course_dashboard(lms, lessons):
    response = lms.teacher_launch(lessons[0])
    course = Course.objects.get()
    assert response.status_code == 302
    assert re.fullmatch(rf"/courses/{course.pk}/dashboard/", response["Location"])
    assert CourseMembership.objects.get().role == Role.TEACHER
    assert course.platform.issuer == lms.platform.issuer
    assert course.memberships_url == lms.platform.memberships_url


def test_the_user_is_identified_by_issuer_and_sub_never_email(lms, lessons):
    lms.student_launch(lessons[0])
    user = get_user_model().objects.get()
    identity = LtiIdentity.objects.get()
    assert (identity.issuer, identity.sub) == (lms.platform.issuer, "student-1")
    assert user.username.startswith("lti-") and not user.has_usable_password()
    assert user.email == "" and identity.email == ""
    assert identity.name == "Person student-1"


def test_a_second_launch_reuses_the_same_user_and_link(lms, lessons):
    lms.student_launch(lessons[0])
    lms.client.logout()
    lms.student_launch(lessons[0])
    assert get_user_model().objects.count() == 1
    assert ResourceLink.objects.count() == 1


def test_a_link_from_a_copied_course_still_opens_its_lesson(lms, lessons):
    from lti.models import Platform

    Platform.objects.update(accept_new_deployments=True)
    platform = lms.platform
    platform.deployment_id = "copied-deployment"
    try:
        response = lms.student_launch(lessons[1], resource_link_id="rl-copied")
    finally:
        platform.deployment_id = "deployment-1"
    link = ResourceLink.objects.get(resource_link_id="rl-copied")
    assert response["Location"] == f"/learn/{link.pk}/"
    assert link.lesson_link.lesson.pk == lessons[1].pk
    assert link.course.deployment_id == "copied-deployment"


def test_the_session_cookie_works_inside_the_lms_iframe(lms, lessons):
    response = lms.student_launch(lessons[0])
    cookie = response.cookies["lti_sessionid"]
    assert cookie["samesite"] == "None" and cookie["secure"]
    assert "X-Frame-Options" not in response
    assert "frame-ancestors" in response["Content-Security-Policy"]


def test_a_teacher_from_course_navigation_without_a_lesson_gets_the_dashboard(lms, lessons):
    response = lms.teacher_launch(None, resource_link_id="course-nav", line_item=None)
    course = Course.objects.get()
    assert response["Location"] == f"/courses/{course.pk}/dashboard/"
    assert not ResourceLink.objects.exists()


def test_a_student_on_a_link_without_a_lesson_is_told_so(lms, lessons):
    response = lms.student_launch(None, resource_link_id="unknown-link")
    assert response.status_code == 404
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.exists()


def test_the_messages_cookie_and_cookie_deletions_work_inside_the_lms_iframe(rf):
    """Found in Chromium: a Lax messages cookie from the iframe is never stored, so the
    confirmations and support contacts after a post or reflection never appeared."""
    from django.http import HttpResponse

    from lti.middleware import CrossSiteCookieMiddleware

    def view(request):
        response = HttpResponse()
        response.set_cookie("messages", "a flash message")
        response.delete_cookie("sessionid")
        return response

    response = CrossSiteCookieMiddleware(view)(rf.get("/learn/1/", secure=True))
    for name in ("lti_messages", "lti_sessionid"):
        assert response.cookies[name]["samesite"] == "None" and response.cookies[name]["secure"]
    plain = CrossSiteCookieMiddleware(view)(rf.get("/learn/1/"))
    assert plain.cookies["lti_messages"]["samesite"] == ""


def test_iframe_cookies_are_partitioned_so_browsers_blocking_third_party_cookies_keep_them(
    rf,
):
    """CHIPS: the header the browser reads says Partitioned, deletions included, on https."""
    from django.http import HttpResponse

    from lti.middleware import CrossSiteCookieMiddleware

    def view(request):
        response = HttpResponse()
        response.set_cookie("messages", "a flash message")
        response.set_cookie("lti1p3-state-abc", "x", samesite="None", secure=True)
        response.set_cookie("theme", "dark")  # a first-party cookie stays as it was
        response.delete_cookie("sessionid")
        return response

    headers = {
        morsel.key: morsel.output(header="")
        for morsel in CrossSiteCookieMiddleware(view)(
            rf.get("/learn/1/", secure=True)
        ).cookies.values()
    }
    for name in ("lti_messages", "lti1p3-state-abc", "lti_sessionid"):
        assert headers[name].endswith("; Partitioned") and "SameSite=None" in headers[name]
    assert "Partitioned" not in headers["theme"]
    assert 'lti_sessionid=""' in headers["lti_sessionid"]
    assert "Max-Age=0" in headers["lti_sessionid"]
    plain = CrossSiteCookieMiddleware(view)(rf.get("/learn/1/"))
    assert all("Partitioned" not in m.output() for m in plain.cookies.values())
