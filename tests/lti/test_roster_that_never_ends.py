"""An LMS whose roster pages never end (each names a next page, answered at once, with the same
people) gives the teacher its class once, from the first pages.

An LMS whose pages go on naming new people is read for MAX_PAGES pages; the teacher's dashboard
and the log then say the class list was longer than the tool reads (before, it stopped there
without a word, and the students on the pages not read were simply not in the class).

Before, the tool read fifty pages of the same three students and listed each of them fifty
times on the teacher's dashboard ("not started": 150 names for a class of three), and asked
the LMS fifty times. Now a page that names nobody the roster has not already named ends it.
"""

from __future__ import annotations

import logging

from lti.models import Course
from lti.roster import MAX_PAGES, course_roster
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


CUT_SHORT_NOTE = "class list is longer than Upstander reads"


def test_a_roster_longer_than_the_tool_reads_is_said_to_be_cut_short(lms, lessons, caplog):
    caplog.set_level(logging.WARNING, logger="lti.roster")
    lms.platform.members = members("s1", "s2")
    lms.platform.memberships_pages_forever = True
    lms.platform.memberships_new_people_each_page = True
    dashboard = lms.teacher_launch()["Location"]

    page = lms.client.get(dashboard, secure=True).content.decode()

    assert CUT_SHORT_NOTE in page
    assert pages_read(lms) == MAX_PAGES
    assert any(f"cut at {MAX_PAGES} pages" in r.getMessage() for r in caplog.records), [
        r.getMessage() for r in caplog.records
    ]
    # Read from the cache a moment later, it still says so, with everyone it did read.
    roster = course_roster(Course.objects.get())
    assert roster.cut_short
    assert len(roster) == 2 * MAX_PAGES


def test_a_roster_read_to_its_last_page_is_not_said_to_be_cut_short(lms, lessons):
    lms.platform.members = members("s1", "s2")
    dashboard = lms.teacher_launch()["Location"]
    page = lms.client.get(dashboard, secure=True).content.decode()
    assert CUT_SHORT_NOTE not in page
    roster = course_roster(Course.objects.get())
    assert not roster.cut_short
    assert [sub for sub, _, _ in roster] == ["s1", "s2"]
