"""A test rig of real parts for the load benchmark and the fault runs: a PostgreSQL and a Redis
of its own (temporary directory, their own ports, never the machine's services), an SMTP relay
that records or stalls, Upstander served by gunicorn as the README's production section says,
its task worker and the notice sweep, and an HTTP load generator.

Used by `upstander/bench_load.py` (`make bench`) and `tests/load/test_faults_lose_no_notice.py`.
One module per part (base, services, mail, site, load, stack). Imports no Django: the app
runs in subprocesses, as in production.
"""

from upstander.rig.base import (
    PG_BIN,
    REDIS_SERVER,
    ROOT,
    available,
    free_port,
    run_to_completion,
    wait_for_port,
)
from upstander.rig.load import (
    Load,
    Outcome,
    fetch,
    http_request,
    percentile,
    post_request,
    summary,
    wait_for_answer,
    workdir,
)
from upstander.rig.mail import Mail, SmtpRelay
from upstander.rig.services import Postgres, Redis
from upstander.rig.site import Site, Supervised
from upstander.rig.stack import QUICK_RETRIES, SETUP, Stack

__all__ = [
    "Load",
    "Mail",
    "Outcome",
    "PG_BIN",
    "Postgres",
    "QUICK_RETRIES",
    "REDIS_SERVER",
    "ROOT",
    "Redis",
    "SETUP",
    "Site",
    "SmtpRelay",
    "Stack",
    "Supervised",
    "available",
    "free_port",
    "http_request",
    "percentile",
    "post_request",
    "run_to_completion",
    "summary",
    "wait_for_answer",
    "wait_for_port",
    "fetch",
    "workdir",
]
