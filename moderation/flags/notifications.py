"""How staff hear about a flag or a concern: an outbox, so that no notice depends on one process.

1. `queue_notices` writes one StaffNotification per person (`delivery=pending`) in the caller's
   transaction, so a notice exists exactly when its flag does; it is the admin notice at once.
2. After commit, a task (`deliver_notices_task`) sends each notice on every other channel
   (e-mail). Nothing is sent inside the web request that raised the flag.
3. `deliver_notices` claims its notices with a lease (one conditional UPDATE for a batch) so
   two workers never send one together, and marks each sent only after every channel accepted
   it. A failure is retried with exponential backoff; a worker killed mid-send leaves the
   lease to expire.
4. `send_due_notices` (`manage.py send_notices`, every minute from cron or a timer) sends
   whatever is due: notices whose task was lost with a Redis restart, a dead worker, a
   database restart. It needs no broker. It also alerts the safeguarding leads (and
   superusers) about any flag whose notices reached nobody by e-mail.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ObjectDoesNotExist
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django_tasks.backends.immediate import ImmediateBackend

from moderation.flags.channels import batch as channel_batch
from moderation.flags.channels import channels, notice_for
from moderation.flags.hot_path import clock, warn_now_and_then
from moderation.flags.inserts import insert_rows
from moderation.flags.together import Together
from moderation.models import Flag, StaffNotification
from moderation.staff import audit

logger = logging.getLogger("moderation.flags.notifications")

Delivery = StaffNotification.Delivery
UNREACHED = "unreached"
FALSE_ALARM = "false_alarm"  # a teacher reports a flag of their course a false alarm
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
    writes: Together | None = None,
) -> list[int]:
    """One pending notice per recipient about `flag` or `concern`, written now (in the caller's
    transaction) and sent by a task after commit (unless `enqueue` is False: the caller sends
    them). A person already told for this reason is not told again (`first`: the flag was made
    in this transaction, so nobody has been; saves a query per flag). Returns the new ids;
    `writes`: the flag is not written yet, and the notices go with it, queued once committed
    (their ids are not known here: returns none)."""
    people = {person.pk: person for person in recipients if person is not None}
    if not people:
        return []
    about = {"flag": flag, "concern": concern}
    known = set()
    if not first:
        earlier = StaffNotification.objects.filter(**about, reason=reason, recipient_id__in=people)
        known = set(earlier.values_list("recipient_id", flat=True))
    now = timezone.now()
    made = [
        StaffNotification(recipient=person, reason=reason, next_attempt_at=now, **about)
        for pk, person in sorted(people.items())
        if pk not in known
    ]
    if writes is not None:
        writes.add(made)
        if made and enqueue:
            writes.after(lambda: enqueue_delivery([row.pk for row in made]))
        return []
    ids = [row.pk for row in insert_rows(made)]
    if ids and enqueue:
        transaction.on_commit(lambda: enqueue_delivery(ids))
    return ids


def notify_on_commit(
    flag: Flag,
    reason: str = "routed",
    recipient_ids: Iterable[int] | None = None,
    *,
    new_flag_recipients: Iterable[Any] | None = None,
    writes: Together | None = None,
) -> list[int]:
    """Notices about `flag` for the people it was routed to (or those given), written now.
    `new_flag_recipients`: the people a flag made in this transaction was just routed to
    (`writes`: to be written with the flag)."""
    if new_flag_recipients is not None:
        return queue_notices(
            new_flag_recipients, flag=flag, reason=reason, first=True, writes=writes
        )
    if recipient_ids is None:
        people = flag.routed_to.filter(is_active=True).order_by("pk")
    else:
        people = get_user_model().objects.filter(pk__in=list(recipient_ids), is_active=True)
    return queue_notices(people, flag=flag, reason=reason)


def admin_notices(recipients: Iterable[Any], *, flag: Any, reason: str) -> int:
    """A notice in the admin only (the home page's "Safeguarding notices"), never e-mailed:
    for news about a case that is already open, which the reader looks at when they next work
    the queue (a teacher reporting a false alarm). One notice per person, flag and reason: a
    second report marks the one they read unread again instead of adding another. Written in
    the caller's transaction; returns how many people were told."""
    people = {person.pk: person for person in recipients if person is not None}
    if not people:
        return 0
    earlier = StaffNotification.objects.filter(flag=flag, reason=reason, recipient_id__in=people)
    known = set(earlier.values_list("recipient_id", flat=True))
    now = timezone.now()
    earlier.update(read_at=None, created_at=now)
    StaffNotification.objects.bulk_create(
        [
            StaffNotification(
                recipient=person,
                flag=flag,
                reason=reason,
                delivery=Delivery.SENT,
                sent_channels=["admin"],
            )
            for pk, person in sorted(people.items())
            if pk not in known
        ]
    )
    return len(people)


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
            if not _mark():
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


def _mark() -> bool:
    """Put the mark up; False if it was up already. On the cache's direct lane where it has
    one (upstander/redis_cache.py: a third of the CPU of a call through redis-py)."""
    add = getattr(caches["default"], "add_directly", None)
    if add is not None:
        return add(HURRIED, 1, HURRIED_SECONDS)
    return cache.add(HURRIED, 1, HURRIED_SECONDS)


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


def gather_then_deliver() -> dict[str, int]:
    """The hurried task: wait MODERATION_NOTICE_GATHER_MS with the mark still up, so that the
    flags raised meanwhile are sent by this task instead of each queueing one of its own, then
    send every notice due. RQ's own work for a job (some sixty Redis commands, 10-12 ms of CPU)
    cost the task worker more than a flag's two e-mails, and at ten flags a second each flag
    had a job to itself: the job took less time than the gap to the next flag.

    While flags keep coming, the task goes on, round after round (a pause, then what is due),
    for up to GATHER_FOR_SECONDS, its mark still up: at forty flags a second a job per round
    was five jobs a second, and RQ's work for them a third of the worker's CPU. The last
    round takes the mark down before it reads, as a task of one round does."""
    seconds = settings.MODERATION_NOTICE_GATHER_MS / 1000
    outcomes: dict[str, int] = {}
    if seconds > 0:
        until = clock() + GATHER_FOR_SECONDS
        for _ in range(max(1, int(GATHER_FOR_SECONDS / seconds))):
            _pause(seconds)
            # The mark is up: a notice written from here on waits for this task's next read.
            if not _deliver_due(outcomes) or clock() + seconds > until:
                break
    _unmark()  # before the last read: a notice written from here on queues a task of its own
    _deliver_due(outcomes)
    return outcomes


# How long one hurried task goes on gathering while flags keep coming: well under
# HURRIED_SECONDS, so its mark does not lapse while it runs (if it did, the next flag would
# queue a task beside it, and the claims would still send each notice once).
GATHER_FOR_SECONDS = 5.0
_pause = time.sleep


def deliver_due_notices(limit: int = 1000) -> dict[str, int]:
    """The hurried task's work: every notice due now, first attempts and retries alike."""
    _unmark()  # before reading: a notice written from here on queues a task of its own
    outcomes: dict[str, int] = {}
    _deliver_due(outcomes, limit)
    return outcomes


def _deliver_due(outcomes: dict[str, int], limit: int = 1000) -> int:
    """Send every notice due now, counting outcomes into `outcomes`; returns how many were due."""
    found = 0
    for _ in range(10):  # past that many thousands, the next task or the sweep goes on
        due = _due_ids(timezone.now(), limit)
        found += len(due)
        for outcome, count in deliver_notices(due).items():
            outcomes[outcome] = outcomes.get(outcome, 0) + count
        if len(due) < limit:
            break
    return found


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
    [outcome] = deliver_notices([pk], now)
    return outcome


# Notices claimed together: few enough to be sent well inside their lease even when a relay
# stalls each e-mail for EMAIL_TIMEOUT (and any left when the lease runs short are given back).
CLAIM_AT_ONCE = 25


def deliver_notices(ids: Iterable[int], now: datetime | None = None) -> dict[str, int]:
    """Send these notices, CLAIM_AT_ONCE at a time: one claim, one read and one update per
    outcome for them all (a notice alone cost five statements). Returns outcomes counted."""
    ids = list(ids)
    outcomes: dict[str, int] = {}
    with channel_batch():
        for start in range(0, len(ids), CLAIM_AT_ONCE):
            for outcome, count in _deliver_together(ids[start : start + CLAIM_AT_ONCE], now):
                outcomes[outcome] = outcomes.get(outcome, 0) + count
    return outcomes


def _deliver_together(ids: list[int], now: datetime | None) -> list[tuple[str, int]]:
    now = now or timezone.now()
    # The lease runs from the claim itself, not from `now` (a sweep's start): a sweep working
    # through a long batch must not claim a notice with a lease already over, or a worker
    # could claim it too and both would send it.
    lease_seconds = settings.MODERATION_NOTICE_LEASE_SECONDS
    lease_end = max(now, timezone.now()) + timedelta(seconds=lease_seconds)
    # Past this, a notice not yet sent is given back: its lease must outlast its sending.
    send_before = time.monotonic() + lease_seconds - 2 * settings.EMAIL_TIMEOUT
    claimed = _claim(ids, now, lease_end)
    rows = (
        StaffNotification.objects.select_related(
            "recipient__wagtail_userprofile", "flag__post", "flag__course", "concern"
        )
        .filter(pk__in=claimed)
        .order_by("pk")
    )
    finished: dict[tuple[tuple[str, Any], ...], list[StaffNotification]] = {}
    given_back: list[int] = []
    for row in rows:
        if time.monotonic() > send_before:
            given_back.append(row.pk)
            continue
        fields = _send(row, now)
        key = tuple((name, tuple(v) if isinstance(v, list) else v) for name, v in fields.items())
        finished.setdefault(key, []).append(row)
    outcomes = [("skipped", len(ids) - len(claimed) + len(given_back))]
    if given_back:  # still ours (our lease): due again at once, the claim not counted
        StaffNotification.objects.filter(pk__in=given_back, next_attempt_at=lease_end).update(
            next_attempt_at=now, attempts=F("attempts") - 1
        )
    notified = []
    for key, done in finished.items():
        fields = {name: list(v) if isinstance(v, tuple) else v for name, v in key}
        StaffNotification.objects.filter(pk__in=[row.pk for row in done]).update(**fields)
        delivery = fields.get("delivery", "retry")
        if delivery == Delivery.SENT:
            notified += [row for row in done if row.flag_id is not None]
        elif delivery != Delivery.FAILED:
            enqueue_delivery([row.pk for row in done], run_after=fields["next_attempt_at"])
        outcomes.append((str(delivery), len(done)))
    _record_notified(notified)
    return [(outcome, count) for outcome, count in outcomes if count]


def _claim(ids: list[int], now: datetime, lease_end: datetime) -> list[int]:
    """Lease the due ones of `ids` to this worker in one conditional UPDATE; returns their ids
    (RETURNING: PostgreSQL, SQLite 3.35+). Two workers never both get a notice."""
    if not ids:
        return []
    table = connection.ops.quote_name(StaffNotification._meta.db_table)
    at = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET next_attempt_at = %s, attempts = attempts + 1"  # noqa: S608
            f" WHERE id IN ({', '.join(['%s'] * len(ids))}) AND delivery = %s"
            " AND (next_attempt_at IS NULL OR next_attempt_at <= %s) RETURNING id",
            [at(lease_end), *ids, Delivery.PENDING, at(now)],
        )
        return [pk for (pk,) in cursor.fetchall()]


def _send(row: StaffNotification, now: datetime) -> dict[str, Any]:
    """Hand a claimed notice to every channel that has not yet taken it; returns the fields
    its outcome writes (the caller writes alike outcomes together)."""
    if not row.recipient.is_active or (row.flag_id is None and row.concern_id is None):
        error = "the account was closed before it could be told"
        return {"delivery": Delivery.FAILED, "next_attempt_at": None, "last_error": error}
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
            logger.warning("channel %s failed for notice %s: %s", name, row.pk, exc, exc_info=True)
            errors.append(f"{name}: {exc}"[:200])
            continue
        done.append(name)
        # Recorded at once unless the channel keeps its own record (e-mail's emailed_at) or
        # this is the last one (recorded with the outcome).
        if position < len(waiting) and not getattr(channel, "keeps_own_record", False):
            StaffNotification.objects.filter(pk=row.pk).update(sent_channels=done)
    if not errors:
        return {
            "delivery": Delivery.SENT,
            "next_attempt_at": None,
            "last_error": "",
            "sent_channels": done,
        }
    error = "; ".join(errors)[:500]
    if row.attempts >= settings.MODERATION_NOTICE_MAX_ATTEMPTS:
        logger.error("notice %s given up after %s attempts: %s", row.pk, row.attempts, errors)
        fields = {"delivery": Delivery.FAILED, "next_attempt_at": None}
        return {**fields, "last_error": error, "sent_channels": done}
    next_at = max(now, timezone.now()) + backoff(row.attempts)
    return {"next_attempt_at": next_at, "last_error": error, "sent_channels": done}


def _record_notified(rows: list[StaffNotification]) -> None:
    """One audit entry per flag and reason for the notices just sent about it."""
    told: dict[tuple[int, str], list[StaffNotification]] = {}
    for row in rows:
        told.setdefault((row.flag_id, row.reason), []).append(row)
    audit.record_all(
        None,
        "flag.notified",
        [
            (same[0].flag, reason, {"recipients": [row.pk for row in same]})
            for (_, reason), same in told.items()
        ],
    )


def staff_language(user: Any) -> str:
    """A notice is in its reader's language: the one they chose for the admin (Account >
    Preferences), else the site's. Never the language of the request that caused it: a task
    may run inside a Spanish student's request (the immediate backend, a resend)."""
    try:  # read with the notice (select_related), else here
        chosen = user.wagtail_userprofile.preferred_language
    except ObjectDoesNotExist:  # no preferences saved yet
        chosen = ""
    return chosen or settings.LANGUAGE_CODE


# --- The sweep -------------------------------------------------------------------------------


def send_due_notices(now: datetime | None = None, limit: int = 1000) -> dict[str, int]:
    """Send every notice that is due (never sent, or its retry time has come), then alert the
    leads about flags that reached nobody. Safe to run on several machines at once."""
    now = now or timezone.now()
    due = _due_ids(now, limit)
    outcomes = {"sent": 0, "retry": 0, "failed": 0, "skipped": 0}
    with channel_batch():
        for outcome, count in deliver_notices(due, now).items():
            outcomes[outcome] += count
        alerts = alert_unreached_flags(now)
        outcomes["alerted"] = len({flag_id for flag_id, _ in alerts})
        alerted = deliver_notices([pk for _, pk in alerts], max(now, timezone.now()))
        for outcome, count in alerted.items():
            outcomes[outcome] += count
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
