"""A student completes a lesson; the score arrives at the LMS's AGS endpoint, final."""

from datetime import UTC, datetime

import pytest

from lti.grades import pending_scores, queue_score
from lti.models import ResourceLink, ScoreOutbox


def completed(lms, lessons, django_capture_on_commit_callbacks, score=8.0, when=None):
    link = ResourceLink.objects.get()
    user = link.course.memberships.get(role="student").user
    with django_capture_on_commit_callbacks(execute=True):
        row = queue_score(link, user, score, 10.0, when or datetime(2025, 3, 4, 10, 30, tzinfo=UTC))
    row.refresh_from_db()
    return row


def test_the_score_arrives_at_the_platform_with_progress_and_timestamp(
    lms, lessons, django_capture_on_commit_callbacks
):
    lms.student_launch(lessons[0])
    row = completed(lms, lessons, django_capture_on_commit_callbacks)
    assert row.status == ScoreOutbox.Status.SENT
    [score] = lms.platform.scores
    assert score.path == "/courses/c1/lineitems/1/scores"
    assert score.content_type == "application/vnd.ims.lis.v1.score+json"
    assert score.body == {
        "userId": "student-1",
        "scoreGiven": 8.0,
        "scoreMaximum": 10.0,
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        "timestamp": "2025-03-04T10:30:00.000+00:00",
    }
    assert not pending_scores(ResourceLink.objects.get().course).exists()


def test_the_access_token_is_reused_until_it_expires(
    lms, lessons, django_capture_on_commit_callbacks
):
    lms.student_launch(lessons[0])
    completed(lms, lessons, django_capture_on_commit_callbacks, score=5.0)
    completed(
        lms,
        lessons,
        django_capture_on_commit_callbacks,
        score=9.0,
        when=datetime(2025, 3, 5, tzinfo=UTC),
    )
    assert [s.body["scoreGiven"] for s in lms.platform.scores] == [5.0, 9.0]
    assert lms.platform.token_requests == 1


def test_the_same_score_twice_is_sent_once(lms, lessons, django_capture_on_commit_callbacks):
    lms.student_launch(lessons[0])
    completed(lms, lessons, django_capture_on_commit_callbacks)
    completed(lms, lessons, django_capture_on_commit_callbacks)
    assert len(lms.platform.scores) == 1


def test_an_older_score_never_replaces_a_newer_one(
    lms, lessons, django_capture_on_commit_callbacks
):
    lms.student_launch(lessons[0])
    completed(
        lms,
        lessons,
        django_capture_on_commit_callbacks,
        score=9.0,
        when=datetime(2025, 3, 5, tzinfo=UTC),
    )
    row = completed(
        lms,
        lessons,
        django_capture_on_commit_callbacks,
        score=2.0,
        when=datetime(2025, 3, 1, tzinfo=UTC),
    )
    assert row.score_given == 9.0
    assert [s.body["scoreGiven"] for s in lms.platform.scores] == [9.0]


@pytest.mark.parametrize("expires_in", [10**12, "a year", None])
def test_a_token_lifetime_the_cache_cannot_keep_still_sends_the_score(
    lms, lessons, django_capture_on_commit_callbacks, expires_in
):
    lms.platform.token_lifetime = expires_in
    lms.student_launch(lessons[0])
    row = completed(lms, lessons, django_capture_on_commit_callbacks)
    assert row.status == ScoreOutbox.Status.SENT, row.last_error
    assert len(lms.platform.scores) == 1
