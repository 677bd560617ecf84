"""CPU per task-worker job, by kind of worker: RQ's forking `Worker`, RQ's `SimpleWorker` (the
README's, no fork per job) and the database backend's `db_worker`.

    python -m upstander.bench_tasks [--jobs 150] [--rounds 2]

On the rig's own PostgreSQL, Redis and SMTP relay (upstander/rig, never the machine's
services), with production settings. Each measure queues `--jobs` jobs, then runs one worker
in burst mode (`rqworker --burst`, `db_worker --batch`) until the queue is empty, and takes
the CPU of the worker and everything it forked, of PostgreSQL and of Redis; a run with nothing
queued, in the same round, is taken away (the worker's start: Django's import, connections).
Two jobs:

- empty: `deliver_notices_task([])`, what running any job costs the worker by itself;
- a flag's notices: `deliver_notices_task([a, b])` for a flagged post's two leads, two e-mails
  through the relay (what a flagged post costs the task worker when nothing else is due).

With Redis the web request hands notices to one queued task at a time (moderation/flags/
notifications.py, "hurried"), so under load a job sends many flags' notices; this measures
the other end, one flag per job. Prints figures; nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from typing import Any

from upstander import rig
from upstander.bench_cpu import FLAGGED, redis_cpu, server_cpu

# What each kind of worker is started as (in burst mode: it exits once the queue is empty).
WORKERS = {
    "RQ Worker (fork per job)": ["rqworker", "--burst", "--worker-class", "rq.worker.Worker"],
    "RQ SimpleWorker": ["rqworker", "--burst", "--worker-class", "rq.worker.SimpleWorker"],
    "database db_worker": ["db_worker", "--batch", "--no-startup-delay"],
}
RQ_TAIL = ["--job-class", "django_tasks_rq.Job", "default"]

# Run in the site (manage.py shell): flags with their two pending notices, and the queue
# emptied of whatever recording them queued, then `jobs` jobs queued.
QUEUE = """
import json
from django.db import transaction
from moderation.flags.actions import record_post
from moderation.flags.tasks import deliver_notices_task
from moderation.models import StaffNotification
jobs, empty, backend = %(jobs)d, %(empty)s, %(backend)r
groups = []
if not empty:
    for n in range(jobs):
        made = record_post(%(text)r, source="api", external_source="tasks",
                           external_id=f"%(run)s-{n}")
        ids = list(StaffNotification.objects.filter(flag=made.flag, delivery="pending")
                   .values_list("pk", flat=True))
        groups.append(ids)
if backend == "rq":
    import django_rq
    queue = django_rq.get_queue("default")
    queue.empty()
    for registry in (queue.scheduled_job_registry, queue.deferred_job_registry):
        for job_id in registry.get_job_ids():
            registry.remove(job_id, delete_job=True)
else:
    from django_tasks_db.models import DBTaskResult
    DBTaskResult.objects.all().delete()
for n in range(jobs if empty else 0):
    deliver_notices_task.enqueue([])
for ids in groups:
    deliver_notices_task.enqueue(ids)
print(json.dumps({"queued": jobs, "notices": sum(len(g) for g in groups)}))
"""


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def burst(stack: rig.Stack, argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run one worker until its queue is empty: CPU seconds of it (and its forks), of
    PostgreSQL and of Redis, and the seconds it took."""
    postmaster = int((stack.pg.data / "postmaster.pid").read_text().split()[0])
    before = (_children_cpu(), server_cpu(postmaster), redis_cpu(stack.redis.url))
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "manage.py", *argv],
        cwd=rig.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    took = time.monotonic() - started
    if out.returncode:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{out.stderr[-3000:]}")
    return {
        "worker": _children_cpu() - before[0],
        "PostgreSQL": server_cpu(postmaster) - before[1],
        "Redis": redis_cpu(stack.redis.url) - before[2],
        "seconds": took,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=150, help="jobs queued per measure")
    parser.add_argument("--rounds", type=int, default=2, help="measures per kind (best kept)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    why_not = rig.available()
    if why_not:
        print(f"bench_tasks: skipped ({why_not})")
        return
    stack = rig.Stack.start(lessons=False)
    try:
        _bench(args, stack)
    finally:
        stack.stop()


def _bench(args: argparse.Namespace, stack: rig.Stack) -> None:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"bench_tasks: {os.cpu_count()} CPU core(s), load average {load} before the run;"
        f" {args.jobs} jobs a measure, best of {args.rounds}; production settings"
    )
    best: dict[tuple[str, str], dict[str, float]] = {}
    serial = 0
    for _ in range(args.rounds):
        for name, argv in WORKERS.items():
            rq = argv[0] == "rqworker"
            # The database backend is what the settings choose without Redis (so is the cache).
            env = dict(stack.site.env) if rq else {**stack.site.env, "REDIS_URL": ""}
            argv = argv + RQ_TAIL if rq else argv
            start_only = burst(stack, argv, env)  # nothing queued: the worker's start
            for job, empty in (("empty", True), ("a flag's notices", False)):
                serial += 1
                code = QUEUE % {
                    "jobs": args.jobs,
                    "empty": empty,
                    "backend": "rq" if rq else "db",
                    "text": FLAGGED,
                    "run": f"{os.getpid()}-{serial}",
                }
                stack.site.extra_env.update({"REDIS_URL": env["REDIS_URL"]})
                try:
                    queued = json.loads(stack.site.python(code).strip().splitlines()[-1])
                finally:
                    stack.site.extra_env.pop("REDIS_URL")
                if not empty and queued["notices"] != 2 * args.jobs:
                    raise RuntimeError(f"expected two notices a flag, got {queued}")
                ran = burst(stack, argv, env)
                per = {
                    part: (ran[part] - start_only[part]) * 1000 / args.jobs
                    for part in ("worker", "PostgreSQL", "Redis")
                }
                per["jobs/s"] = args.jobs / max(ran["seconds"] - start_only["seconds"], 1e-3)
                kept = best.get((name, job))
                if kept is None or _total(per) < _total(kept):
                    best[(name, job)] = per
    print(f"\n  {'CPU ms per job':<44} {'worker':>7} {'PostgreSQL':>11} {'Redis':>6} {'total':>6}")
    for (name, job), per in best.items():
        print(
            f"  {name + ', ' + job:<44} {per['worker']:7.2f} {per['PostgreSQL']:11.2f}"
            f" {per['Redis']:6.2f} {_total(per):6.2f}   ({per['jobs/s']:.0f} jobs/s)"
        )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"  load average {load} after the run")


def _total(per: dict[str, Any]) -> float:
    return per["worker"] + per["PostgreSQL"] + per["Redis"]


if __name__ == "__main__":
    main()
