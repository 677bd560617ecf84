"""Who may open a lesson: course membership decides, never the URL."""

import pytest
from django.urls import reverse

from lti.models import Role
from tests.curriculum.conftest import step_url
from tests.personas import enrol, lms_user

pytestmark = pytest.mark.django_db

LMS_HINT = "Open it again from your course in Canvas or Moodle"


def learn_urls(link):
    return [
        reverse("curriculum:learn", args=[link.pk]),
        step_url(link, "read"),
        reverse("curriculum:learn_summary", args=[link.pk]),
        reverse("curriculum:my_progress", args=[link.pk]),
    ]


def test_an_anonymous_visitor_is_told_to_open_the_lesson_from_their_lms(client, link):
    for url in learn_urls(link):
        response = client.get(url)
        assert response.status_code == 403
        assert LMS_HINT in response.content.decode()


def test_a_student_of_the_course_can_open_its_lesson(student_client, link):
    response = student_client.get(reverse("curriculum:learn", args=[link.pk]))
    assert response.status_code == 302
    assert response["Location"] == step_url(link, "read")


def test_a_student_of_another_course_can_never_reach_this_courses_lesson(client, outsider, link):
    client.force_login(outsider)
    for url in learn_urls(link):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "a course you are not part of" in response.content.decode()


def test_a_student_cannot_post_into_another_courses_lesson(client, outsider, link):
    client.force_login(outsider)
    response = client.post(step_url(link, "reflection"), {"text": "hello", "revision": "0"})
    assert response.status_code == 403
    assert not link.progress.exists()


def test_an_unknown_resource_link_is_refused_like_a_forbidden_one(student_client, link):
    response = student_client.get(reverse("curriculum:learn", args=[link.pk + 999]))
    assert response.status_code == 403
    assert "a course you are not part of" in response.content.decode()


def test_a_member_with_no_known_role_may_take_the_lesson(client, course, link):
    # An empty or unknown roles claim launches the least-privileged learner (issue 10).
    observer = lms_user("obi", "Obi Observer", sub="sub-obi")
    enrol(observer, course, Role.NONE)
    client.force_login(observer)
    assert client.get(reverse("curriculum:learn", args=[link.pk])).status_code == 302


def test_a_step_the_lesson_does_not_have_is_not_found(student_client, link):
    assert student_client.get(step_url(link, "no-such-step")).status_code == 404


def test_lesson_pages_may_be_framed_by_the_lms_only_as_lti_allows(student_client, link):
    from django.conf import settings

    response = student_client.get(step_url(link, "read"))
    assert "X-Frame-Options" not in response.headers
    policy = response["Content-Security-Policy"]
    assert f"frame-ancestors {settings.LTI_FRAME_ANCESTORS}" in policy
    assert "https:" not in policy.split("frame-ancestors")[1].split(";")[0].split()
