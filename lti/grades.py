"""Grade passback (AGS) through an outbox: the score is saved first, then sent by a task.

Retries: `send_score` posts once. When the LMS refuses or cannot be reached, the row gets
`next_attempt_at` with exponential backoff (LTI_SCORE_RETRY_BASE_SECONDS doubling up to
LTI_SCORE_RETRY_MAX_SECONDS), and the task re-enqueues itself for that time when the task
backend can defer (the database and RQ backends can). `manage.py lti_send_scores`, run every
few minutes by cron or a scheduler, sends whatever is due as a safety net (a worker that died
mid-send, a backend that cannot defer). After LTI_SCORE_MAX_ATTEMPTS the row is marked failed
and shown to the teacher; a newer score for the same student and link starts it again.

Never two different scores: one row per (resource link, user). A send claims the row with a
conditional UPDATE and marks it sent only if its `version` is still the one it sent.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django_tasks import task, task_backends

from lti.models import Course, ResourceLink, ScoreOutbox
from lti.outbound import outbound_deadline
from lti.pylti1p3_adapter import services_for
from lti.tool_conf import ForeignServiceUrl, check_service_url

logger = logging.getLogger("lti.grades")

SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
SCORE_CONTENT_TYPE = "application/vnd.ims.lis.v1.score+json"
# A claimed row is left alone for this long; after it, a crashed send is retried.
SEND_CLAIM = timedelta(minutes=5)


def queue_score(
    resource_link: ResourceLink,
    user,
    score_given: float,
    score_maximum: float,
    completed_at: datetime,
    activity_progress: str = "Completed",
    grading_progress: str = "FullyGraded",
) -> ScoreOutbox:
    """Save the score to send (replacing any unsent one) and enqueue its sending."""
    values = {
        "score_given": float(score_given),
        "score_maximum": float(score_maximum),
        "activity_progress": activity_progress,
        "grading_progress": grading_progress,
        "timestamp": completed_at,
    }
    with transaction.atomic():
        row, created = ScoreOutbox.objects.select_for_update().get_or_create(
            resource_link=resource_link, user=user, defaults=values
        )
        if not created:
            unchanged = all(getattr(row, k) == v for k, v in values.items())
            if unchanged and row.status in (
                ScoreOutbox.Status.SENT,
                ScoreOutbox.Status.PENDING,
                ScoreOutbox.Status.SENDING,
            ):
                return row  # the same score again: nothing new to send
            if completed_at < row.timestamp:
                logger.info("Ignoring an older score for %s", row)
                return row
            for key, value in values.items():
                setattr(row, key, value)
            row.status = ScoreOutbox.Status.PENDING
            row.version = F("version") + 1
            row.attempts = 0
            row.last_error = ""
            row.next_attempt_at = timezone.now()
            row.save()
            row.refresh_from_db()
        pk = row.pk
        transaction.on_commit(lambda: send_score.enqueue(pk))
    return row


def gradebook_state(resource_link: ResourceLink, user) -> str:
    """Where a student's score for this link stands, as the lesson's summary tells them:
    "none" (the LMS gave the link no gradebook column), "sent" (the LMS took the latest score),
    "failed" (the LMS kept refusing it, so sending stopped) or "sending" (saved, being sent,
    or to be retried)."""
    if not resource_link.line_item_url:
        return "none"
    status = (
        ScoreOutbox.objects.filter(resource_link=resource_link, user=user)
        .values_list("status", flat=True)
        .first()
    )
    if status == ScoreOutbox.Status.SENT:
        return "sent"
    if status == ScoreOutbox.Status.FAILED:
        return "failed"
    return "sending"


def score_body(row: ScoreOutbox) -> dict:
    return {
        "userId": row.user.lti_identity.sub,
        "scoreGiven": row.score_given,
        "scoreMaximum": row.score_maximum,
        "activityProgress": row.activity_progress,
        "gradingProgress": row.grading_progress,
        "timestamp": row.timestamp.isoformat(timespec="milliseconds"),
    }


def scores_url(line_item_url: str) -> str:
    base, _, query = line_item_url.partition("?")
    return base.rstrip("/") + "/scores" + (f"?{query}" if query else "")


def backoff(attempts: int) -> timedelta:
    seconds = settings.LTI_SCORE_RETRY_BASE_SECONDS * 2 ** max(0, attempts - 1)
    return timedelta(seconds=min(seconds, settings.LTI_SCORE_RETRY_MAX_SECONDS))


def _due(now: datetime) -> Q:
    return Q(status__in=[ScoreOutbox.Status.PENDING, ScoreOutbox.Status.SENDING]) & (
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def deliver(pk: int, now: datetime | None = None) -> str:
    """Try to send one outbox row. Returns its status afterwards (or "skipped")."""
    now = now or timezone.now()
    row = (
        ScoreOutbox.objects.select_related("resource_link__course__platform", "user__lti_identity")
        .filter(pk=pk)
        .first()
    )
    if row is None:
        return "skipped"
    version = row.version
    claimed = ScoreOutbox.objects.filter(_due(now), pk=pk, version=version).update(
        status=ScoreOutbox.Status.SENDING, next_attempt_at=now + SEND_CLAIM
    )
    if not claimed:
        return "skipped"  # sent already, not due yet, or another worker has it
    try:
        course = row.resource_link.course
        if course.platform is None or not row.resource_link.line_item_url:
            raise ValueError("This link has no gradebook column (no AGS line item from the LMS).")
        url = scores_url(row.resource_link.line_item_url)
        # Before any token is asked for: a score (and the platform's token) goes only to an
        # origin the platform's registration names.
        check_service_url(course.platform, url)
        connector = services_for(course.platform)
        # The token and the score within one deadline: a slow LMS holds a task worker no longer.
        with outbound_deadline(settings.LTI_SERVICE_DEADLINE_SECONDS):
            connector.post_json([SCORE_SCOPE], url, json.dumps(score_body(row)), SCORE_CONTENT_TYPE)
    except ForeignServiceUrl as exc:
        # Retrying cannot help: the line item names a host the registration does not.
        ScoreOutbox.objects.filter(pk=pk, version=version).update(
            status=ScoreOutbox.Status.FAILED,
            attempts=row.attempts + 1,
            next_attempt_at=None,
            last_error=str(exc)[:1000],
        )
        logger.warning(
            "Score %s not sent: line item %s is outside platform %s's origins",
            pk,
            row.resource_link.line_item_url,
            course.platform_id,
        )
        return ScoreOutbox.Status.FAILED
    except Exception as exc:  # noqa: BLE001 - any failure is retried and shown, never lost
        attempts = row.attempts + 1
        give_up = attempts >= settings.LTI_SCORE_MAX_ATTEMPTS
        status = ScoreOutbox.Status.FAILED if give_up else ScoreOutbox.Status.PENDING
        next_at = None if give_up else now + backoff(attempts)
        ScoreOutbox.objects.filter(pk=pk, version=version).update(
            status=status, attempts=attempts, next_attempt_at=next_at, last_error=str(exc)[:1000]
        )
        logger.warning("Score %s not sent (attempt %s): %s", pk, attempts, exc)
        if next_at is not None:
            _enqueue_retry(pk, next_at)
        return status
    ScoreOutbox.objects.filter(pk=pk, version=version).update(
        status=ScoreOutbox.Status.SENT,
        sent_at=timezone.now(),
        attempts=row.attempts + 1,
        next_attempt_at=None,
        last_error="",
    )
    return ScoreOutbox.Status.SENT


def _enqueue_retry(pk: int, when: datetime) -> None:
    if task_backends[send_score.backend].supports_defer:
        send_score.using(run_after=when).enqueue(pk)


@task()
def send_score(pk: int) -> str:
    return deliver(pk)


def send_due_scores(now: datetime | None = None, limit: int = 500) -> dict[str, int]:
    """Send every row that is due now; what `manage.py lti_send_scores` runs."""
    now = now or timezone.now()
    counts: dict[str, int] = {}
    for pk in (
        ScoreOutbox.objects.filter(_due(now))
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    ):
        status = deliver(pk, now)
        counts[status] = counts.get(status, 0) + 1
    return counts


def pending_scores(course: Course) -> QuerySet[ScoreOutbox]:
    """Scores in this course not yet accepted by the LMS (pending, sending or failed)."""
    return (
        ScoreOutbox.objects.filter(resource_link__course=course)
        .exclude(status=ScoreOutbox.Status.SENT)
        .select_related("resource_link", "user__lti_identity")
        .order_by("status", "resource_link__title")
    )
