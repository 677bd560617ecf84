"""Faults during load (the short run; `make bench` runs the long one): a district's chat system
sends posts steadily and retries what got no answer, while the task worker is killed mid-job,
Redis is stopped and comes back empty, PostgreSQL restarts and the e-mail relay stalls.
Afterwards every accepted post is stored once, every flag is noticed once per lead it was
routed to, and each of those leads has exactly one e-mail about it.

It runs on a PostgreSQL, Redis, relay and gunicorn of its own (upstander/rig.py), started and
stopped here, never the machine's services; it is heavy, so it runs in CI's PostgreSQL pass.
"""

from __future__ import annotations

import pytest
from django.conf import settings

from upstander import fault_run, rig

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
        reason="the fault run belongs to the PostgreSQL pass (DATABASE_URL); make bench runs it",
    ),
]


@pytest.fixture(scope="module")
def stack():
    why_not = rig.available()
    if why_not:
        pytest.skip(why_not)
    started = rig.Stack.start(lessons=False)
    yield started
    started.stop()


# The short run: 300 posts over 15 s, each fault inside it (at 1.5, 3.8, 8.3 and 10.5 s; the
# outages 3 s each), so every one falls on posts still arriving. `make bench` runs 30 a second
# for 30 s or more with 10 s outages.
RATE, SECONDS, OUTAGE = 20, 15, 3


def test_no_post_or_notice_is_lost_or_doubled_through_four_faults(stack):
    port = rig.free_port()
    # The worker and the sweep load Django while gunicorn does, not after it: the worker has
    # jobs to take by the time it is killed, 1.5 s into the load.
    worker = stack.site.worker()
    stack.site.sweeper(3)
    stack.site.serve("upstander.wsgi", port, 2)
    report = fault_run.run(
        stack, worker=worker, port=port, rate=RATE, seconds=SECONDS, outage=OUTAGE
    )
    print("\n".join(report.lines()))
    assert report.problems == [], report.lines()
    assert report.accepted == report.sent == RATE * SECONDS
    assert report.flags > 0 and report.mails == report.notices  # one e-mail per notice
    assert worker.restarts >= 1  # killed, and brought back by its supervisor
    assert all("FAILED" not in event for event in report.events), report.events
