"""Faults during steady load, then exactly-once checks: no accepted post lost, none stored or
"created" twice, every flag's notice sent once to each lead it was routed to, one e-mail each.

An integration sends posts at a steady rate and retries (same external id) every post that got
no 200/201, honouring Retry-After, as a well-behaved integration does. Meanwhile, in turn: the
task worker is killed (SIGKILL) mid-job, Redis is stopped and started empty (its queued jobs
lost), PostgreSQL is restarted, and the e-mail relay stalls. The worker runs under a
supervisor (restarted when it exits), as the README's systemd units do, and the notice sweep
runs every few seconds, as cron does. Used by `make bench` (full) and tests/load (short).
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from upstander import rig

TEXTS = [
    "see you at lunch",
    "did anyone finish the maths homework",
    "great match yesterday",
    "can someone explain question 4",
    "the bus was late again",
    "you are such a loser",
    "i have a knife in my bag",
    "just kill yourself",
]


@dataclass
class FaultReport:
    sent: int = 0
    accepted: int = 0
    answers: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    flags: int = 0
    notices: int = 0
    mails: int = 0
    events: list[str] = field(default_factory=list)
    drained_in: float = 0.0

    def lines(self) -> list[str]:
        statuses = ", ".join(
            f"{code or 'no answer'}: {n}" for code, n in sorted(self.answers.items())
        )
        return [
            f"posts sent {self.sent}, accepted {self.accepted}; answers {statuses}",
            f"flags {self.flags}, notices {self.notices}, e-mails {self.mails}; every notice sent"
            f" {self.drained_in:.0f} s after the load ended",
            "faults: " + "; ".join(self.events),
            "exactly once: " + ("yes" if not self.problems else "NO: " + "; ".join(self.problems)),
        ]


class RetryingIntegration:
    """Posts ids `<source>-<n>`; retries each until 200/201, up to `give_up` seconds."""

    def __init__(self, port: int, key: str, source: str, give_up: float = 180.0) -> None:
        self.port, self.key, self.source, self.give_up = port, key, source, give_up
        self.created: Counter = Counter()  # id -> number of 201 answers
        self.accepted: set[str] = set()
        self.answers: Counter = Counter()
        self.texts: dict[str, str] = {}

    async def post(self, n: int, text: str) -> None:
        external_id = f"{self.source}-{n}"
        self.texts[external_id] = text
        body = json.dumps({"source": self.source, "external_id": external_id, "text": text})
        headers = {"Authorization": f"Api-Key {self.key}", "Content-Type": "application/json"}
        deadline, wait = time.monotonic() + self.give_up, 0.5
        while time.monotonic() < deadline:
            raw = rig.http_request("POST", "/api/v1/posts", body.encode(), headers)
            status, _ = await rig.fetch(self.port, raw, 10.0)
            self.answers[status] += 1
            if status in (200, 201):
                self.accepted.add(external_id)
                if status == 201:
                    self.created[external_id] += 1
                return
            await asyncio.sleep(wait + random.random() * 0.5)
            wait = min(wait * 2, 5.0)

    def run(self, rate: float, seconds: float) -> None:
        async def main() -> None:
            tasks, begin, rng = [], time.monotonic(), random.Random(13)
            for n in range(int(rate * seconds)):
                delay = begin + n / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(self.post(n, rng.choice(TEXTS))))
            await asyncio.gather(*tasks)

        rig.run_to_completion(main())


def _at(offset: float, action, events: list[str], label: str, start: float) -> threading.Timer:
    def fire() -> None:
        try:
            action()
            events.append(f"{label} at {time.monotonic() - start:.0f} s")
        except Exception as exc:  # noqa: BLE001 - a fault that could not be made is reported
            events.append(f"{label} FAILED: {exc}")

    timer = threading.Timer(offset, fire)
    timer.start()
    return timer


def run(
    stack: rig.Stack,
    *,
    worker: rig.Supervised,
    port: int,
    rate: float,
    seconds: float,
    outage: float,
    drain_timeout: float = 240.0,
) -> FaultReport:
    pg, redis, relay = stack.pg, stack.redis, stack.relay
    report = FaultReport()
    integration = RetryingIntegration(port, stack.key, f"faults-{int(time.time())}")
    start = time.monotonic()

    def stall() -> None:
        relay.stalled = True
        threading.Timer(outage, lambda: setattr(relay, "stalled", False)).start()

    def redis_outage() -> None:
        redis.stop()
        threading.Timer(outage, redis.start).start()

    timers = [
        _at(seconds * 0.10, worker.kill, report.events, "worker killed", start),
        _at(seconds * 0.25, redis_outage, report.events, f"Redis stopped {outage:.0f} s", start),
        _at(seconds * 0.55, pg.restart, report.events, "PostgreSQL restarted", start),
        _at(seconds * 0.70, stall, report.events, f"relay stalled {outage:.0f} s", start),
    ]
    integration.run(rate, seconds)
    for timer in timers:
        timer.join()
    relay.stalled = False
    load_ended = time.monotonic()
    report.sent = len(integration.texts)
    report.accepted = len(integration.accepted)
    report.answers = integration.answers
    report.drained_in = _drain(pg, integration.source, drain_timeout) - load_ended
    _check(report, pg, relay, integration)
    report.events.append(f"worker restarted {worker.restarts} time(s) by its supervisor")
    return report


def _drain(pg: rig.Postgres, source: str, timeout: float) -> float:
    """Wait until no notice of this run is waiting; returns when (monotonic)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with pg.connect() as connection:
                waiting = connection.execute(
                    "SELECT count(*) FROM moderation_staffnotification n"
                    " JOIN moderation_flag f ON f.id = n.flag_id"
                    " JOIN moderation_moderatedpost p ON p.id = f.post_id"
                    " WHERE n.delivery = 'pending' AND p.external_source = %s",
                    [source],
                ).fetchone()[0]
            if waiting == 0:
                return time.monotonic()
        except Exception:  # noqa: BLE001 - the database may still be coming back
            pass
        time.sleep(1)
    return time.monotonic()


def _check(report: FaultReport, pg: rig.Postgres, relay: rig.SmtpRelay, integration) -> None:
    problems = report.problems
    if integration.answers[500]:
        problems.append(f"{integration.answers[500]} answer(s) were 500 (a 503 says 'retry')")
    doubles = [i for i, n in integration.created.items() if n > 1]
    if doubles:
        problems.append(f"{len(doubles)} post(s) answered 'created' twice")
    unanswered = len(integration.texts) - len(integration.accepted)
    if unanswered:
        problems.append(f"{unanswered} post(s) never accepted")
    with pg.connect() as connection:
        stored = Counter(
            row[0]
            for row in connection.execute(
                "SELECT external_id FROM moderation_moderatedpost WHERE external_source = %s",
                [integration.source],
            )
        )
        flags = dict(
            connection.execute(
                "SELECT f.id, p.external_id FROM moderation_flag f"
                " JOIN moderation_moderatedpost p ON p.id = f.post_id"
                " WHERE p.external_source = %s",
                [integration.source],
            ).fetchall()
        )
        notices = connection.execute(
            "SELECT n.flag_id, u.email, n.reason, n.delivery, n.emailed_at IS NOT NULL"
            " FROM moderation_staffnotification n JOIN auth_user u ON u.id = n.recipient_id"
            " WHERE n.flag_id = ANY(%s)",
            [list(flags)],
        ).fetchall()
        routed = connection.execute(
            "SELECT flag_id, count(*) FROM moderation_flag_routed_to WHERE flag_id = ANY(%s)"
            " GROUP BY flag_id",
            [list(flags)],
        ).fetchall()
    lost = integration.accepted - set(stored)
    if lost:
        problems.append(f"{len(lost)} accepted post(s) not stored")
    if any(n > 1 for n in stored.values()):
        problems.append("a post stored twice")
    flagged_posts = Counter(flags.values())
    if any(n > 1 for n in flagged_posts.values()):
        problems.append("a post flagged twice")
    keyword_texts = {t for t in TEXTS if TEXTS.index(t) >= 5}
    unflagged = [
        i for i in stored if integration.texts.get(i) in keyword_texts and i not in flagged_posts
    ]
    if unflagged:
        problems.append(f"{len(unflagged)} post(s) with a keyword not flagged")
    per_notice = Counter((flag, email, reason) for flag, email, reason, _, _ in notices)
    if any(n > 1 for n in per_notice.values()):
        problems.append("a notice written twice")
    expected = sum(n for _, n in routed)
    routed_notices = [n for n in notices if n[2] == "routed"]
    if len(routed_notices) != expected:
        problems.append(f"{len(routed_notices)} routed notices for {expected} routed people")
    unsent = [n for n in notices if n[3] != "sent"]
    if unsent:
        problems.append(f"{len(unsent)} notice(s) not sent")
    # An e-mail is a Message-ID: a retry after the relay's answer was lost resends the same
    # message, which SMTP cannot prevent and mail services keep once.
    messages = defaultdict(set)
    for mail in relay.mails:
        for flag in flags:
            if f"#{flag})" in mail.subject or f"#{flag} " in mail.subject:
                for to in mail.to:
                    messages[(flag, to)].add(mail.message_id or id(mail))
    mails = {pair: len(ids) for pair, ids in messages.items()}
    emailed = {(flag, email) for flag, email, _, _, was_emailed in notices if was_emailed}
    if set(mails) != emailed or any(n > 1 for n in mails.values()):
        doubled = sum(1 for n in mails.values() if n > 1)
        problems.append(
            f"e-mails: {len(mails)} (flag, lead) pairs mailed for {len(emailed)} notices"
            f" e-mailed, {doubled} mailed twice"
        )
    if len(emailed) != len(routed_notices):
        problems.append(f"{len(routed_notices) - len(emailed)} routed notice(s) without e-mail")
    report.flags, report.notices, report.mails = len(flags), len(notices), sum(mails.values())
