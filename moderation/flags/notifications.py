"""How staff hear about a flag or a concern: an outbox, so that no notice depends on one process.

1. `queue_notices` writes one StaffNotification per person (`delivery=pending`) in the caller's
   transaction, so a notice exists exactly when its flag does; it is the admin notice at once.
2. After commit, a task (`deliver_notices_task`) sends each notice on every other channel
   (e-mail). Nothing is sent inside the web request that raised the flag.
3. `deliver_notice` claims a notice with a lease (a conditional UPDATE) so two workers never
   send it together, and marks it sent only after every channel accepted it. A failure is
   retried with exponential backoff; a worker killed mid-send leaves the lease to expire.
4. `send_due_notices` (`manage.py send_notices`, every minute from cron or a timer) sends
   whatever is due: notices whose task was lost with a Redis restart, a dead worker, a
   database restart. It needs no broker. It also alerts the safeguarding leads (and
   superusers) about any flag whose notices reached nobody by e-mail.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django_tasks.backends.immediate import ImmediateBackend

from moderation.flags.channels import batch as channel_batch
from moderation.flags.channels import channels, notice_for
from moderation.flags.hot_path import warn_now_and_then
from moderation.models import Flag, StaffNotification
from moderation.staff import audit

logger = logging.getLogger("moderation.flags.notifications")

Delivery = StaffNotification.Delivery
UNREACHED = "unreached"
# A flag whose notices all ended without an e-mail is looked at for this long after it is raised.
UNREACHED_LOOKBACK = timedelta(days=7)


# --- Writing notices (inside the caller's transaction) --------------------------------------


def queue_notices(
    recipients: Iterable[Any],
    *,
    flag: Any = None,
    concern: Any = None,
    reason: str = "routed",
    enqueue: bool = True,
    first: bool = False,
) -> list[int]:
    """One pending notice per recipient about `flag` or `concern`, written now (in the caller's
    transaction) and sent by a task after commit (unless `enqueue` is False: the caller sends
    them). A person already told for this reason is not told again (`first`: the flag was made
    in this transaction, so nobody has been; saves a query per flag). Returns the new ids."""
    people = {person.pk: person for person in recipients if person is not None}
    if not people:
        return []
    about = {"flag": flag, "concern": concern}
    known = set()
    if not first:
        earlier = StaffNotification.objects.filter(**about, reason=reason, recipient_id__in=people)
        known = set(earlier.values_list("recipient_id", flat=True))
    now = timezone.now()
    rows = StaffNotification.objects.bulk_create(
        [
            StaffNotification(recipient=person, reason=reason, next_attempt_at=now, **about)
            for pk, person in sorted(people.items())
            if pk not in known
        ]
    )
    ids = [row.pk for row in rows]
    if ids and enqueue:
        transaction.on_commit(lambda: enqueue_delivery(ids))
    return ids


def notify_on_commit(
    flag: Flag,
    reason: str = "routed",
    recipient_ids: Iterable[int] | None = None,
    *,
    new_flag_recipients: Iterable[Any] | None = None,
) -> list[int]:
    """Notices about `flag` for the people it was routed to (or those given), written now.
    `new_flag_recipients`: the people a flag made in this transaction was just routed to."""
    if new_flag_recipients is not None:
        return queue_notices(new_flag_recipients, flag=flag, reason=reason, first=True)
    if recipient_ids is None:
        people = flag.routed_to.filter(is_active=True).order_by("pk")
    else:
        people = get_user_model().objects.filter(pk__in=list(recipient_ids), is_active=True)
    return queue_notices(people, flag=flag, reason=reason)


def enqueue_delivery(ids: list[int], run_after: datetime | None = None) -> bool:
    """Hand the notices to a task worker. A broker that is down loses nothing: the notices wait
    in the database for the next sweep."""
    from moderation.flags.tasks import deliver_due_notices_task, deliver_notices_task

    task = deliver_notices_task
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return False  # the sweep will send it when it is due
        task = task.using(run_after=run_after)
    elif _hurried_together(task):
        try:
            if not cache.add(HURRIED, 1, HURRIED_SECONDS):
                return True  # the queued task sends these too: it reads what is due as it starts
        except Exception as exc:  # noqa: BLE001 - a task of their own, as without Redis
            warn_now_and_then(logger, "notice-hurry", "could not mark notices hurried: %s", exc)
        else:
            if _queued(deliver_due_notices_task, []):
                return True
            _unmark()  # not queued: the next notice tries again
            return False
    return _queued(task, [ids])


# With Redis, notices due now go to the task workers through one queued task at a time: it reads
# every due notice when it starts. A task per flag cost the web request more than its flag's
# insert (RQ writes a job of some twenty fields) and the worker a job each. The mark expires, so a
# task lost with a Redis restart holds back nothing for longer than this (the sweep sends anyway).
HURRIED = "moderation:notices-hurried"
HURRIED_SECONDS = 10


def _hurried_together(task: Any) -> bool:
    # An immediate backend runs the task here and now: nothing to gather.
    immediate = isinstance(task.get_backend(), ImmediateBackend)
    return not immediate and isinstance(caches["default"], RedisCache)


def _unmark() -> None:
    try:
        cache.delete(HURRIED)
    except Exception as exc:  # noqa: BLE001 - the mark expires by itself
        warn_now_and_then(logger, "notice-hurry", "could not clear the hurried mark: %s", exc)


def _queued(task: Any, args: list[Any]) -> bool:
    try:
        task.enqueue(*args)
    except Exception as exc:  # noqa: BLE001 - the outbox row is the notice; the task only hurries it
        warn_now_and_then(
            logger, "notice-queue", "could not queue notices (the sweep will send them): %s", exc
        )
        return False
    return True


def deliver_due_notices(limit: int = 1000) -> dict[str, int]:
    """The hurried task's work: every notice due now, first attempts and retries alike."""
    _unmark()  # before reading: a notice written from here on queues a task of its own
    outcomes: dict[str, int] = {}
    for _ in range(10):  # past that many thousands, the next task or the sweep goes on
        due = _due_ids(timezone.now(), limit)
        for outcome, count in deliver_notices(due).items():
            outcomes[outcome] = outcomes.get(outcome, 0) + count
        if len(due) < limit:
            break
    return outcomes


def resend_pending_for(flag: Flag | None) -> None:
    """A retried post: hurry any notice of its flag still waiting (a first request that died
    after commit, before its task was queued). Sent notices are never sent again."""
    if flag is None:
        return
    ids = list(
        StaffNotification.objects.filter(flag=flag, delivery=Delivery.PENDING).values_list(
            "pk", flat=True
        )
    )
    if ids:
        transaction.on_commit(lambda: enqueue_delivery(ids))


# --- Sending ---------------------------------------------------------------------------------


def backoff(attempts: int) -> timedelta:
    seconds = settings.MODERATION_NOTICE_RETRY_BASE_SECONDS * 2 ** max(0, attempts - 1)
    return timedelta(seconds=min(seconds, settings.MODERATION_NOTICE_RETRY_MAX_SECONDS))


def _due(now: datetime) -> Q:
    return Q(delivery=Delivery.PENDING) & (
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def deliver_notice(pk: int, now: datetime | None = None) -> str:
    """Send one notice on every channel that has not yet taken it. Returns "sent", "retry",
    "failed" (given up), or "skipped" (not due, already sent, or another worker holds it)."""
    now = now or timezone.now()
    # The lease runs from the claim itself, not from `now` (a sweep's start): a sweep working
    # through a long batch must not claim a notice with a lease already over, or a worker
    # could claim it too and both would send it.
    lease = timedelta(seconds=settings.MODERATION_NOTICE_LEASE_SECONDS)
    claimed = StaffNotification.objects.filter(_due(now), pk=pk).update(
        next_attempt_at=max(now, timezone.now()) + lease, attempts=F("attempts") + 1
    )
    if not claimed:
        return "skipped"
    row = StaffNotification.objects.select_related(
        "recipient__wagtail_userprofile", "flag__post", "flag__course", "concern"
    ).get(pk=pk)
    if not row.recipient.is_active or (row.flag_id is None and row.concern_id is None):
        return _finish(row, Delivery.FAILED, "the account was closed before it could be told")
    language = staff_language(row.recipient)
    with translation.override(language):
        notice = replace(
            notice_for(row.recipient, flag=row.flag, concern=row.concern, reason=row.reason),
            notification_id=row.pk,
            notification=row,
        )
    done, errors = list(row.sent_channels), []
    # A channel that took it on an earlier attempt is never run twice.
    waiting = [(name, channel) for name, channel in channels().items() if name not in done]
    for position, (name, channel) in enumerate(waiting, 1):
        try:
            with translation.override(language):
                channel.send(notice)
        except Exception as exc:  # noqa: BLE001 - one broken channel must not silence the rest
            logger.warning("channel %s failed for notice %s: %s", name, pk, exc, exc_info=True)
            errors.append(f"{name}: {exc}"[:200])
            continue
        done.append(name)
        if position < len(waiting):  # the last one is recorded with the outcome, below
            StaffNotification.objects.filter(pk=pk).update(sent_channels=done)
    if not errors:
        return _finish(row, Delivery.SENT, "", done)
    if row.attempts >= settings.MODERATION_NOTICE_MAX_ATTEMPTS:
        logger.error("notice %s given up after %s attempts: %s", pk, row.attempts, errors)
        return _finish(row, Delivery.FAILED, "; ".join(errors), done)
    next_at = max(now, timezone.now()) + backoff(row.attempts)
    StaffNotification.objects.filter(pk=pk).update(
        next_attempt_at=next_at, last_error="; ".join(errors)[:500], sent_channels=done
    )
    enqueue_delivery([pk], run_after=next_at)
    return "retry"


def staff_language(user: Any) -> str:
    """A notice is in its reader's language: the one they chose for the admin (Account >
    Preferences), else the site's. Never the language of the request that caused it: a task
    may run inside a Spanish student's request (the immediate backend, a resend)."""
    try:  # read with the notice (select_related), else here
        chosen = user.wagtail_userprofile.preferred_language
    except ObjectDoesNotExist:  # no preferences saved yet
        chosen = ""
    return chosen or settings.LANGUAGE_CODE


def _finish(
    row: StaffNotification, delivery: str, error: str, sent_channels: list[str] | None = None
) -> str:
    outcome = {"delivery": delivery, "next_attempt_at": None, "last_error": error[:500]}
    if sent_channels is not None:
        outcome["sent_channels"] = sent_channels
    StaffNotification.objects.filter(pk=row.pk).update(**outcome)
    if delivery == Delivery.SENT and row.flag_id is not None:
        audit.record(None, "flag.notified", row.flag, reason=row.reason, recipients=[row.pk])
    return str(delivery)


def deliver_notices(ids: Iterable[int]) -> dict[str, int]:
    outcomes: dict[str, int] = {}
    with channel_batch():
        for pk in ids:
            outcome = deliver_notice(pk)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


# --- The sweep -------------------------------------------------------------------------------


def send_due_notices(now: datetime | None = None, limit: int = 1000) -> dict[str, int]:
    """Send every notice that is due (never sent, or its retry time has come), then alert the
    leads about flags that reached nobody. Safe to run on several machines at once."""
    now = now or timezone.now()
    due = _due_ids(now, limit)
    outcomes = {"sent": 0, "retry": 0, "failed": 0, "skipped": 0}
    with channel_batch():
        for pk in due:
            outcome = deliver_notice(pk, now)
            outcomes[outcome] += 1
        alerts = alert_unreached_flags(now)
        outcomes["alerted"] = len({flag_id for flag_id, _ in alerts})
        for _, pk in alerts:
            outcomes[deliver_notice(pk, max(now, timezone.now()))] += 1
    return outcomes


def _due_ids(now: datetime, limit: int) -> list[int]:
    return list(
        StaffNotification.objects.filter(_due(now))
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )


def unreached_flags(now: datetime) -> Any:
    """Flags no e-mail reached: every notice ended (none waiting) and none was e-mailed, or
    there was nobody to notify at all; and the leads were not yet told about it."""
    return (
        Flag.objects.filter(created_at__gte=now - UNREACHED_LOOKBACK)
        .exclude(notifications__emailed_at__isnull=False)
        .exclude(notifications__delivery=Delivery.PENDING)
        .exclude(notifications__reason=UNREACHED)
        .order_by("pk")
    )


def alert_unreached_flags(now: datetime | None = None) -> list[tuple[int, int]]:
    """Write a notice to the leads and superusers about each flag that reached nobody (once
    per flag); returns (flag id, notice id) pairs for the caller to send."""
    now = now or timezone.now()
    alerts: list[tuple[int, int]] = []
    for flag in unreached_flags(now)[:200]:
        with transaction.atomic():
            people = _alert_recipients(flag)
            ids = queue_notices(people, flag=flag, reason=UNREACHED, enqueue=False)
            if not ids:
                logger.critical(
                    "flag %s reached nobody and there is nobody to alert: add a safeguarding "
                    "lead with an e-mail address",
                    flag.pk,
                )
                continue
            audit.record(None, "flag.unreached", flag, alerted=[p.pk for p in people])
            alerts += [(flag.pk, pk) for pk in ids]
    return alerts


def _alert_recipients(flag: Flag) -> list[Any]:
    from moderation.staff.permissions import LEADS_GROUP

    people = (
        get_user_model()
        .objects.filter(Q(groups__name=LEADS_GROUP) | Q(is_superuser=True), is_active=True)
        .exclude(pk=flag.student_id or 0)
        .distinct()
        .order_by("pk")
    )
    return list(people)
