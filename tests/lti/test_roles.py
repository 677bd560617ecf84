"""The course (membership) role decides who teaches; anyone else is at most a learner.

Found by an outside review (issue 10): a school administrator who takes a course as a Learner
became its teacher, because `.../institution/person#Administrator` was read as a course role;
and a launch with an empty or unknown roles claim (valid LTI) was refused instead of letting
the person take the lesson with the least privilege.
"""

from __future__ import annotations

import json
import uuid

import pytest
from django.test import Client
from django.urls import reverse

from curriculum.models import LessonPage
from lti.claims import role_from_claims
from lti.models import CourseMembership, ResourceLink, Role
from tests.curriculum.conftest import lesson_body
from tests.lti.driver import Lms
from tests.lti.platform import INSTRUCTOR, LEARNER

LIS = "http://purl.imsglobal.org/vocab/lis/v2/"
INSTITUTION_ADMIN = LIS + "institution/person#Administrator"
INSTITUTION_INSTRUCTOR = LIS + "institution/person#Instructor"
SYSTEM_ADMIN = LIS + "system/person#Administrator"
TEACHING_ASSISTANT = LIS + "membership/Instructor#TeachingAssistant"
CONTENT_DEVELOPER = LIS + "membership#ContentDeveloper"
COURSE_ADMIN = LIS + "membership#Administrator"
MENTOR = LIS + "membership#Mentor"

STUDENTS_REFLECTION = "I worry about the messages my cousin gets at night."
STUDENTS_POST = "People share passwords because they trust their friends."


@pytest.fixture
def lesson(lessons) -> LessonPage:
    """A lesson with a reflection and a class discussion, beside the other test lessons."""
    parent = lessons[0].get_parent()
    return parent.add_child(
        instance=LessonPage(
            title="Zebra Passphrases",
            slug="zebra-passphrases",
            grade_band="3-5",
            duration_minutes=30,
            summary="Long passphrases.",
            objectives="Make one",
            body=json.dumps(lesson_body()),
        )
    )


def launch_as(lms: Lms, roles: list, *, sub: str, lesson=None, client: Client | None = None):
    """A launch of the lesson link by `sub` with exactly these roles, in its own browser."""
    browser = Lms(lms.platform, client or Client())
    response = browser.launch(
        lambda nonce, target: lms.platform.resource_link_claims(
            nonce, target, sub=sub, roles=roles, lesson_id=lesson.pk if lesson else None
        )
    )
    return browser, response


def membership_of(sub: str) -> CourseMembership:
    return CourseMembership.objects.select_related("course").get(user__lti_identity__sub=sub)


def step(link: ResourceLink, key: str) -> str:
    return reverse("curriculum:learn_step", args=[link.pk, key])


def dashboard_urls(course) -> list[str]:
    return [
        reverse("curriculum:dashboard", args=[course.pk]),
        reverse("curriculum:dashboard_reflections", args=[course.pk]),
        reverse("curriculum:dashboard_discussion", args=[course.pk]),
        reverse("curriculum:dashboard_export", args=[course.pk]),
    ]


def test_an_institution_administrator_who_is_a_course_learner_is_a_student(lms, lessons):
    browser, response = launch_as(
        lms, [INSTITUTION_ADMIN, SYSTEM_ADMIN, LEARNER], sub="head-of-it", lesson=lessons[0]
    )
    link = ResourceLink.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("curriculum:learn", args=[link.pk])
    membership = membership_of("head-of-it")
    assert membership.role == Role.STUDENT
    dashboard = browser.client.get(
        reverse("curriculum:dashboard", args=[membership.course.pk]), secure=True
    )
    assert dashboard.status_code == 403


@pytest.mark.parametrize("roles", [[INSTITUTION_INSTRUCTOR], [INSTITUTION_ADMIN, SYSTEM_ADMIN]])
def test_institution_and_system_roles_alone_never_make_a_teacher(lms, lessons, roles):
    _browser, response = launch_as(lms, roles, sub="school-staff", lesson=lessons[0])
    assert response.status_code == 302
    assert membership_of("school-staff").role == Role.NONE


@pytest.mark.parametrize(
    "roles",
    [[TEACHING_ASSISTANT], [CONTENT_DEVELOPER], [COURSE_ADMIN], ["Instructor"]],
    ids=["teaching-assistant", "content-developer", "course-administrator", "short-name"],
)
def test_the_course_roles_that_teach_make_a_teacher(lms, lessons, roles):
    _browser, response = launch_as(lms, roles, sub="co-teacher", lesson=lessons[0])
    assert response.status_code == 302
    assert "/dashboard/" in response["Location"]
    assert membership_of("co-teacher").role == Role.TEACHER


def test_the_short_name_learner_is_a_course_learner():
    assert role_from_claims(["Learner"]) == Role.STUDENT
    # Short names are context roles only: a bare sub-role or an institution role name is not.
    assert role_from_claims(["TeachingAssistant"]) == Role.NONE
    assert role_from_claims(["http://purl.imsglobal.org/vocab/lis/v2/person#Administrator"]) == (
        Role.NONE
    )


@pytest.mark.parametrize(
    "roles",
    [
        ["urn:lti:role:ims/lis/Instructor"],
        ["urn:lti:instrole:ims/lis/Administrator", "urn:lti:sysrole:ims/lis/SysAdmin"],
        ["Instructor#TeachingAssistant", "membership#Instructor", "membership/Instructor"],
        [LIS + "membership/Instructor#", LIS + "membership#Instructor#Learner"],
        [LIS + "membership/instructor#TeachingAssistant", LIS + "MEMBERSHIP#Instructor"],
        [LIS + "institution/person#Instructor", LIS + "membership/Mentor#Instructor"],
    ],
    ids=[
        "lti-1.1-context-urn",
        "lti-1.1-institution-and-system-urns",
        "partial-uris",
        "empty-or-doubled-fragment",
        "other-spellings",
        "instructor-only-as-a-mentors-sub-role",
    ],
)
def test_roles_that_only_look_like_teaching_never_make_a_teacher(roles):
    """A hostile or odd platform (or a student's role claim padded with look-alikes) gets no
    teacher's dashboard from anything but an LTI 1.3 course role spelled as the spec spells
    it: LTI 1.1 URNs, partial URIs, other cases, and 'Instructor' as the sub-role of a
    Mentor (a parent, an advisor) are the least-privileged learner."""
    assert role_from_claims(roles) == Role.NONE
    assert role_from_claims([*roles, LEARNER]) == Role.STUDENT


@pytest.mark.parametrize(
    "roles",
    [[], ["http://example.org/roles#Wizard"], [MENTOR], [INSTITUTION_INSTRUCTOR]],
    ids=["empty", "unknown", "mentor", "institution-only"],
)
def test_a_launch_with_no_course_role_opens_the_lesson_for_a_least_privileged_learner(
    lms, lesson, roles
):
    browser, response = launch_as(lms, roles, sub="visitor", lesson=lesson)
    link = ResourceLink.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("curriculum:learn", args=[link.pk])
    assert membership_of("visitor").role == Role.NONE
    start = browser.client.get(response["Location"], secure=True)
    assert start.status_code == 302
    assert browser.client.get(start["Location"], secure=True).status_code == 200


def test_a_least_privileged_learner_never_sees_anyone_elses_work(lms, lesson):
    # A student of the class writes a private reflection and a post to the class discussion.
    student, response = launch_as(lms, [LEARNER], sub="student-1", lesson=lesson)
    link = ResourceLink.objects.get()
    saved = student.client.post(
        step(link, "reflection"), {"text": STUDENTS_REFLECTION, "revision": "0"}, secure=True
    )
    assert saved.status_code == 302
    posted = student.client.post(
        step(link, "discussion"), {"text": STUDENTS_POST, "token": str(uuid.uuid4())}, secure=True
    )
    assert posted.status_code == 302
    # A classmate sees the post; that is what the discussion is for.
    assert (
        STUDENTS_POST in student.client.get(step(link, "discussion"), secure=True).content.decode()
    )

    # Someone the LMS launches with no roles at all takes the same lesson.
    visitor, response = launch_as(lms, [], sub="visitor", lesson=lesson)
    assert response.status_code == 302
    pages = [
        visitor.client.get(step(link, key), secure=True) for key in ("discussion", "reflection")
    ]
    pages.append(visitor.client.get(reverse("curriculum:my_progress", args=[link.pk]), secure=True))
    for page in pages:
        assert page.status_code == 200
        assert STUDENTS_POST not in page.content.decode()
        assert STUDENTS_REFLECTION not in page.content.decode()
    # Their own lesson is in their list ("Lesson link" is the link's title in the LMS).
    assert "Grade 7 Citizenship" in pages[-1].content.decode()
    assert "Lesson link" in pages[-1].content.decode()

    # Their own post is theirs to see; a reply aimed at the student's post stays unattached.
    own_post = "I think passphrases are fun."
    visitor.client.post(
        step(link, "discussion"), {"text": own_post, "token": str(uuid.uuid4())}, secure=True
    )
    assert own_post in visitor.client.get(step(link, "discussion"), secure=True).content.decode()

    # The dashboard, the reflections, the discussion tab and the CSV are the teacher's.
    for url in dashboard_urls(link.course):
        page = visitor.client.get(url, secure=True)
        assert page.status_code == 403, url
        assert STUDENTS_REFLECTION not in page.content.decode()


def test_a_least_privileged_learner_cannot_open_the_lesson_picker(lms):
    visitor = Lms(lms.platform, Client())
    response = visitor.deep_linking_launch(sub="visitor", roles=["http://example.org/roles#Wizard"])
    assert response.status_code == 403
    assert "Only teachers can choose lessons" in response.content.decode()


def test_a_course_navigation_launch_without_a_role_explains_there_is_no_lesson(lms, lessons):
    _browser, response = launch_as(lms, [], sub="visitor")
    assert response.status_code == 404
    assert "This link has no lesson yet" in response.content.decode()
    assert not CourseMembership.objects.exists()


def test_a_teacher_still_lands_on_the_dashboard(lms, lessons):
    _browser, response = launch_as(lms, [INSTRUCTOR, LEARNER], sub="teacher-1", lesson=lessons[0])
    assert "/dashboard/" in response["Location"]
