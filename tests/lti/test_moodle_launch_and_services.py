"""A launch as Moodle's mod/lti sends it, and its grade and roster services as Moodle answers.

What Moodle does that Canvas does not (read in mod/lti and core_ltix): the id_token lives a
minute (exp = iat + 60); `aud` is the client id as a string, with no `azp`; the deployment id
is the tool type's id as a string ("1"); roles are full URIs, sorted, and a site administrator
also carries institution and system Administrator roles; the AGS line item is
.../mod/lti/services.php/<course>/lineitems/<item>/lineitem?type_id=<type>, and the score goes
to .../lineitem/scores with that query kept; NRPS answers every member at once unless the tool
asks for `limit`, then names each next page in a Link header.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from lti.grades import queue_score
from lti.models import Course, ResourceLink, ScoreOutbox
from lti.roster import course_roster
from tests.lti.driver import Lms
from tests.lti.platform import CLAIM, LEARNER, MOODLE, MOODLE_MEMBERSHIPS_PATH, TestPlatform

INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
SITE_ADMIN = [
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
    INSTRUCTOR,
    "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
]
AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"


@pytest.fixture
def moodle(tool_key, db, client):
    platform = TestPlatform(client_id="Xq9mFz2LwPa7Tb1", deployment_id="1", behaviour=MOODLE)
    platform.register()
    platform.tool_jwks = client.get(platform.tool_jwks_path).json()
    yield Lms(platform, client)
    platform.stop()


def moodle_shaped(lms: Lms, *, sub: str, roles: list[str], lesson=None):
    base = lms.platform.base

    def claims_for(nonce, target):
        claims = lms.platform.resource_link_claims(
            nonce, target, sub=sub, roles=sorted(roles), lesson_id=lesson.pk if lesson else None
        )
        claims["exp"] = claims["iat"] + 60
        claims[CLAIM + "context"] = {
            "id": "2",
            "label": "G7",
            "title": "Grade 7 Citizenship",
            "type": ["CourseSection"],
        }
        claims[CLAIM + "tool_platform"] = {
            "product_family_code": "moodle",
            "version": "2024100700",
            "guid": "moodle.school.example",
            "name": "School Moodle",
        }
        claims[CLAIM + "launch_presentation"] = {
            "locale": "en",
            "document_target": "iframe",
            "return_url": base + "/mod/lti/return.php?course=2&launch_container=3",
        }
        claims[CLAIM + "ext"] = {"user_username": sub, "lms": "moodle-2"}
        claims[AGS] = {
            "scope": [
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            ],
            "lineitems": base + "/mod/lti/services.php/2/lineitems?type_id=1",
            "lineitem": base + "/mod/lti/services.php/2/lineitems/5/lineitem?type_id=1",
        }
        claims[NRPS] = {
            "context_memberships_url": base + MOODLE_MEMBERSHIPS_PATH,
            "service_versions": ["1.0", "2.0"],
        }
        return claims

    return claims_for


def test_a_moodle_student_opens_the_lesson_and_the_score_reaches_moodles_line_item(
    moodle, lessons, django_capture_on_commit_callbacks
):
    response = moodle.launch(moodle_shaped(moodle, sub="7", roles=[LEARNER], lesson=lessons[0]))
    assert response.status_code == 302, response.content[:300]
    assert response["Location"].startswith("/learn/")

    link = ResourceLink.objects.get()
    assert link.course.deployment_id == "1"
    student = link.course.memberships.get(role="student").user
    with django_capture_on_commit_callbacks(execute=True):
        row = queue_score(link, student, 9.0, 10.0, datetime(2025, 3, 4, tzinfo=UTC))
    row.refresh_from_db()
    assert row.status == ScoreOutbox.Status.SENT
    [score] = moodle.platform.scores
    assert score.path == "/mod/lti/services.php/2/lineitems/5/lineitem/scores"
    assert score.query == "type_id=1"
    assert score.body["userId"] == "7"


def test_a_moodle_site_administrator_teaching_the_course_lands_on_its_dashboard(moodle, lessons):
    response = moodle.launch(moodle_shaped(moodle, sub="2", roles=SITE_ADMIN, lesson=lessons[0]))
    assert response.status_code == 302, response.content[:300]
    assert response["Location"].startswith("/courses/")
    assert Course.objects.get().memberships.get().role == "teacher"


def test_a_moodle_token_past_its_minute_is_refused(moodle, lessons):
    def a_minute_and_more_ago(claims_for):
        def claims(nonce, target):
            shaped = claims_for(nonce, target)
            shaped["iat"] = int(time.time()) - 200
            shaped["exp"] = shaped["iat"] + 60
            return shaped

        return claims

    response = moodle.launch(
        a_minute_and_more_ago(moodle_shaped(moodle, sub="7", roles=[LEARNER], lesson=lessons[0]))
    )
    assert response.status_code == 401


MEMBERS = [
    {"status": "Active", "roles": [INSTRUCTOR], "user_id": "2", "name": "Ms Rivera"},
    {"status": "Active", "roles": [LEARNER], "user_id": "7", "name": "Ana Li"},
    {"status": "Active", "roles": [LEARNER], "user_id": "8", "name": "Ben Okafor"},
]
EXPECTED = [
    ("2", "Ms Rivera", "teacher"),
    ("7", "Ana Li", "student"),
    ("8", "Ben Okafor", "student"),
]


def test_moodles_roster_is_read_whole_as_moodle_answers_by_default(moodle, lessons):
    moodle.platform.members.extend(MEMBERS)
    moodle.launch(moodle_shaped(moodle, sub="2", roles=SITE_ADMIN, lesson=lessons[0]))
    assert course_roster(Course.objects.get()) == EXPECTED


def test_moodles_roster_in_pages_is_followed_through_its_link_headers(moodle, lessons):
    moodle.platform.members.extend(MEMBERS)
    moodle.launch(moodle_shaped(moodle, sub="2", roles=SITE_ADMIN, lesson=lessons[0]))
    course = Course.objects.get()
    course.memberships_url += "?limit=2"
    assert course_roster(course) == EXPECTED
    pages = [r for r in moodle.platform.requests_seen if r.path == MOODLE_MEMBERSHIPS_PATH]
    assert len(pages) == 2
