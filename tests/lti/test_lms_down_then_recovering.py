"""The LMS is down when a student finishes: nothing is lost, nothing is sent twice."""

from datetime import UTC, datetime, timedelta

from django.core.management import call_command
from django.utils import timezone

from lti.grades import pending_scores, queue_score, send_due_scores
from lti.models import ResourceLink, ScoreOutbox


def queue(link, user, score, when, capture):
    with capture(execute=True):
        return queue_score(link, user, score, 10.0, when)


def test_a_score_waits_while_the_lms_is_down_and_is_sent_once_it_is_back(
    lms, lessons, django_capture_on_commit_callbacks
):
    lms.student_launch(lessons[0])
    link = ResourceLink.objects.get()
    user = link.course.memberships.get().user
    lms.platform.ags_down = True
    row = queue(
        link, user, 7.0, datetime(2025, 3, 4, tzinfo=UTC), django_capture_on_commit_callbacks
    )
    row.refresh_from_db()
    assert row.status == ScoreOutbox.Status.PENDING
    assert row.attempts == 1 and "503" in row.last_error
    assert row.next_attempt_at > timezone.now()
    assert list(pending_scores(link.course)) == [row]

    # Not due yet: the backoff is respected.
    assert send_due_scores() == {}
    # Still down at the next attempt: the wait grows.
    first_wait = row.next_attempt_at
    send_due_scores(now=first_wait + timedelta(seconds=1))
    row.refresh_from_db()
    assert row.attempts == 2 and row.next_attempt_at - first_wait > timedelta(seconds=60)

    # A newer score while down replaces the pending one.
    queue(link, user, 9.0, datetime(2025, 3, 5, tzinfo=UTC), django_capture_on_commit_callbacks)
    lms.platform.ags_down = False
    call_command("lti_send_scores", stdout=open("/dev/null", "w"))  # noqa: SIM115
    send_due_scores(now=timezone.now() + timedelta(days=1))

    assert [s.body["scoreGiven"] for s in lms.platform.scores] == [9.0]
    row.refresh_from_db()
    assert row.status == ScoreOutbox.Status.SENT
    assert not pending_scores(link.course).exists()


def test_a_score_that_never_gets_through_is_marked_failed_for_the_teacher(
    lms, lessons, django_capture_on_commit_callbacks, settings
):
    settings.LTI_SCORE_MAX_ATTEMPTS = 2
    lms.student_launch(lessons[0])
    link = ResourceLink.objects.get()
    lms.platform.ags_down = True
    queue(
        link,
        link.course.memberships.get().user,
        3.0,
        timezone.now(),
        django_capture_on_commit_callbacks,
    )
    send_due_scores(now=timezone.now() + timedelta(days=1))
    row = ScoreOutbox.objects.get()
    assert row.status == ScoreOutbox.Status.FAILED
    assert list(pending_scores(link.course)) == [row]
    assert lms.platform.scores == []
