"""A platform an administrator switched off (say, because it was not the school it claimed to
be) is sent nothing more: no signed token request, no score, no roster request, even for work
queued while it was on. Switched on again, what waited is sent."""

from datetime import UTC, datetime

import pytest

from lti.grades import deliver, queue_score
from lti.models import Course, Platform, ResourceLink, ScoreOutbox
from lti.roster import RosterUnavailable, course_roster


def switch_off(lms) -> Platform:
    platform = Platform.objects.get(issuer=lms.platform.issuer)
    platform.is_active = False
    platform.save(update_fields=["is_active"])
    return platform


def test_a_switched_off_platform_gets_no_token_request_and_no_score(
    lms, lessons, django_capture_on_commit_callbacks
):
    lms.student_launch(lessons[0])
    link = ResourceLink.objects.get()
    student = link.course.memberships.get(role="student").user
    platform = switch_off(lms)

    with django_capture_on_commit_callbacks(execute=True):
        row = queue_score(link, student, 8.0, 10.0, datetime(2025, 3, 4, tzinfo=UTC))

    row.refresh_from_db()
    assert row.status == ScoreOutbox.Status.PENDING  # kept, to be sent if switched on again
    assert lms.platform.token_requests == 0
    assert lms.platform.scores == []

    platform.is_active = True
    platform.save(update_fields=["is_active"])
    ScoreOutbox.objects.filter(pk=row.pk).update(next_attempt_at=None)
    assert deliver(row.pk) == ScoreOutbox.Status.SENT
    assert [s.body["scoreGiven"] for s in lms.platform.scores] == [8.0]


def test_a_switched_off_platforms_roster_is_not_asked_for(lms, lessons):
    lms.teacher_launch(lessons[0])
    course = Course.objects.get()
    switch_off(lms)

    with pytest.raises(RosterUnavailable):
        course_roster(Course.objects.select_related("platform").get(pk=course.pk), refresh=True)
    assert lms.platform.token_requests == 0
    assert not [r for r in lms.platform.requests_seen if "memberships" in r.path]
