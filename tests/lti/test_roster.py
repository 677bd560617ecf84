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
