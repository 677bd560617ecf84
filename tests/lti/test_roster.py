"""The dashboard lists who is in the course, from the LMS's Names and Roles service."""

import pytest

from lti.models import Course
from lti.roster import RosterUnavailable, course_roster
from tests.lti.platform import INSTRUCTOR, LEARNER


def test_it_lists_active_members_with_their_roles_and_caches_them(lms, lessons):
    lms.platform.members.extend(
        [
            {
                "user_id": "teacher-1",
                "name": "Ms Rivera",
                "status": "Active",
                "roles": [INSTRUCTOR],
            },
            {"user_id": "student-1", "given_name": "Ana", "family_name": "Li", "roles": [LEARNER]},
            {
                "user_id": "student-9",
                "name": "Gone Student",
                "status": "Inactive",
                "roles": [LEARNER],
            },
        ]
    )
    lms.teacher_launch(lessons[0])
    course = Course.objects.get()
    assert course_roster(course) == [
        ("teacher-1", "Ms Rivera", "teacher"),
        ("student-1", "Ana Li", "student"),
    ]
    lms.platform.members.clear()
    assert len(course_roster(course)) == 2  # cached
    assert course_roster(course, refresh=True) == []
    assert lms.platform.token_requests == 1


def test_a_course_without_the_service_says_so(lms, lessons):
    lms.teacher_launch(lessons[0])
    course = Course.objects.get()
    course.memberships_url = ""
    with pytest.raises(RosterUnavailable):
        course_roster(course)


def test_names_from_the_lms_are_shown_on_one_line_and_at_most_200_characters(lms, lessons):
    lms.platform.members.extend(
        [
            {"user_id": "student-1", "name": "Ana\x00 Li\n\x1b[31m" + "a" * 5000},
            {"user_id": "student-2", "given_name": "Ben", "family_name": ["O"]},
        ]
    )
    lms.teacher_launch(lessons[0])
    [(_, first, _), (_, second, _)] = course_roster(Course.objects.get())
    assert first.startswith("Ana Li [31maaa") and len(first) == 200
    assert second == "Ben"


def test_a_roster_larger_than_any_course_is_cut(lms, lessons, monkeypatch):
    monkeypatch.setattr("lti.roster.MAX_MEMBERS", 3)
    lms.platform.members.extend(
        {"user_id": f"student-{n}", "name": f"Student {n}", "roles": [LEARNER]} for n in range(5)
    )
    lms.platform.memberships_next_url = lms.platform.memberships_url  # and it never ends
    lms.teacher_launch(lessons[0])
    assert len(course_roster(Course.objects.get())) == 3
    pages = [r for r in lms.platform.requests_seen if r.path == "/courses/c1/memberships"]
    assert len(pages) == 1
