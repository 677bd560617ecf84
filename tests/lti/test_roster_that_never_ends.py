"""An LMS whose roster pages never end (each names a next page, answered at once, with the same
people) gives the teacher its class once, from the first pages.

Before, the tool read fifty pages of the same three students and listed each of them fifty
times on the teacher's dashboard ("not started": 150 names for a class of three), and asked
the LMS fifty times. Now a page that names nobody the roster has not already named ends it.
"""

from __future__ import annotations

from lti.models import Course
from lti.roster import course_roster
from tests.lti.platform import LEARNER


def members(*subs: str) -> list[dict]:
    return [
        {"user_id": sub, "name": f"Student {sub}", "roles": [LEARNER], "status": "Active"}
        for sub in subs
    ]


def pages_read(lms) -> int:
    return sum(1 for seen in lms.platform.requests_seen if seen.path == "/courses/c1/memberships")


def test_a_roster_whose_next_pages_repeat_its_people_is_read_once(lms, lessons):
    lms.platform.members = members("s1", "s2", "s3")
    lms.platform.memberships_pages_forever = True
    assert lms.teacher_launch().status_code == 302
    roster = course_roster(Course.objects.get())
    assert [sub for sub, _, _ in roster] == ["s1", "s2", "s3"]
    assert pages_read(lms) == 2


def test_one_person_named_twice_is_listed_once(lms, lessons):
    lms.platform.members = members("s1", "s2", "s1")
    assert lms.teacher_launch().status_code == 302
    assert [sub for sub, _, _ in course_roster(Course.objects.get())] == ["s1", "s2"]
