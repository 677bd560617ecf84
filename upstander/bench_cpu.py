"""CPU time per API request, beside the bare Django endpoint: a figure a busy machine barely moves.

    python -m upstander.bench_cpu [--requests 400] [--repeats 5] [--profile clean|flagged|...]

Throughput on a shared machine swings with whatever else runs; the CPU one request costs does
not, much. This starts the rig's own PostgreSQL and Redis (upstander/rig, never the machine's
services), migrates and seeds a site with production settings, and in one Django process calls
the WSGI application exactly as gunicorn's worker would (an environ in, the body read, the
response closed), `--requests` times per kind of request. It prints, per request: the web
process's CPU, the CPU of its PostgreSQL backend and of Redis, and their sum; the best of
`--repeats` runs (the least disturbed). The bare baseline (upstander/bench_bare.py) is driven
the same way in a process of its own. HTTP parsing, which gunicorn adds equally to both, is
not in these figures.

`--profile KIND` runs cProfile over that kind of request instead and prints where the time goes.
cProfile's cost per call inflates code of many small calls several times over; `--sample KIND`
instead interrupts the process every 0.5 ms of its CPU time (ITIMER_PROF) and counts the
functions on the stack: the shares it prints are of the CPU itself. Nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

CLEAN = [
    "see you at lunch",
    "did anyone finish the maths homework",
    "great match yesterday",
    "can someone explain question 4",
    "the bus was late again",
    "who is bringing the ball tomorrow",
]
FLAGGED = "you are such a loser"  # low: a flag, its routing and its notices
CRITICAL = "just kill yourself"  # critical: held, audited, both leads' notices and e-mails
SCANNED = ["see you at lunch", "you are such a loser", "can someone explain question 4"]
# The order the figures are printed in; "bare" is the baseline, driven in its own process.
KINDS = ("bare", "clean", "flagged", "critical", "scan")


def _environ(path: str, body: bytes, key: str) -> dict[str, Any]:
    """What gunicorn hands the application for `POST path` (behind the proxy, over https)."""
    environ = {
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_X_FORWARDED_PROTO": "https",
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    if key:
        environ["HTTP_AUTHORIZATION"] = f"Api-Key {key}"
    return environ


def requests_of(kind: str, key: str, run: str) -> Iterator[tuple[dict[str, Any], int]]:
    """Endless requests of `kind` (each post a new external id) and the status each expects."""
    for n in itertools.count():
        if kind == "scan":
            body = {"text": SCANNED[n % len(SCANNED)]}
            yield _environ("/api/v1/scan", json.dumps(body).encode(), key), 200
            continue
        text = {"flagged": FLAGGED, "critical": CRITICAL}.get(kind) or CLEAN[n % len(CLEAN)]
        body = {"source": f"cpu-{kind}", "external_id": f"{run}-{n}", "text": text}
        yield _environ("/api/v1/posts", json.dumps(body).encode(), key), 201


def call(application: Callable, environ: dict[str, Any]) -> tuple[int, bytes]:
    """One request as a WSGI server makes it: the answer read and closed (request_finished)."""
    answer: list[str] = []

    def start_response(status: str, headers: list, exc_info: Any = None) -> None:
        answer.append(status)

    result = application(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return int(answer[0].split()[0]), body


def postgres_cpu() -> float:
    """Seconds of CPU the rig's PostgreSQL has used: the postmaster, its live processes and
    those it has reaped (a connection closed and opened again is still counted)."""
    pid = os.environ.get("BENCH_POSTMASTER_PID")
    return server_cpu(int(pid)) if pid else 0.0


def process_cpu(pid: int) -> float:
    """Seconds of CPU process `pid` has used (0 once it is gone)."""
    try:  # nanoseconds on the CPU, where the kernel keeps them
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        pass
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_cpu(pid: int) -> float:
    """Seconds of CPU used by `pid`, the children it has now (a gunicorn master's workers, a
    postmaster's backends) and those it has waited for (a worker restarted, a closed
    connection's backend: counted by the kernel in 10 ms ticks)."""
    total, stack = 0.0, [pid]
    while stack:
        current = stack.pop()
        total += process_cpu(current)
        try:
            found = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        stack.extend(int(child) for child in found)
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return total
    return total + (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def redis_cpu(url: str) -> float:
    """Seconds of CPU the Redis server at `url` has used."""
    if not url:
        return 0.0
    import redis

    with redis.Redis.from_url(url) as client:
        info = client.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


def drive(application: Callable, kind: str, key: str, n: int, repeats: int) -> dict[str, float]:
    """CPU ms per request of `kind`, best of `repeats` runs of `n` (after a warm-up)."""
    redis_url = os.environ.get("REDIS_URL", "") if kind != "bare" else ""
    made = requests_of(kind, key, f"{os.getpid()}-{time.time_ns()}")
    for environ, expected in itertools.islice(made, 50):  # caches, compiled library, connection
        status, body = call(application, environ)
        if status != expected:
            raise SystemExit(f"{kind}: {status} {body[:300]!r}")
    runs = []
    for _ in range(repeats):
        batch = list(itertools.islice(made, n))
        app0, db0, redis0 = time.process_time(), postgres_cpu(), redis_cpu(redis_url)
        for environ, expected in batch:
            status, body = call(application, environ)
            if status != expected:
                raise SystemExit(f"{kind}: {status} {body[:300]!r}")
        app, db = time.process_time() - app0, postgres_cpu() - db0
        runs.append({"app": app, "db": db, "redis": redis_cpu(redis_url) - redis0})
    best = min(runs, key=lambda r: r["app"] + r["db"] + r["redis"])
    return {part: seconds * 1000 / n for part, seconds in best.items()}


def profile(application: Callable, kind: str, key: str, n: int) -> None:
    import cProfile
    import pstats

    made = requests_of(kind, key, f"prof-{os.getpid()}-{time.time_ns()}")
    for environ, _ in itertools.islice(made, 50):
        call(application, environ)
    batch = list(itertools.islice(made, n))
    profiler = cProfile.Profile(time.process_time)  # CPU, not time spent waiting
    profiler.enable()
    for environ, _ in batch:
        call(application, environ)
    profiler.disable()
    saved = Path(tempfile.gettempdir()) / f"bench_cpu-{kind}.prof"
    profiler.dump_stats(saved)
    print(f"profile saved in {saved} (python -m pstats)")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("cumulative").print_stats(60)
    stats.sort_stats("tottime").print_stats(30)


def sample(application: Callable, kind: str, key: str, n: int) -> None:
    """Where a request's CPU goes, by statistical sampling: the share of samples in which
    each function was running (self) or on the stack (inclusive)."""
    import collections
    import signal

    made = requests_of(kind, key, f"sample-{os.getpid()}-{time.time_ns()}")
    for environ, _ in itertools.islice(made, 50):
        call(application, environ)
    batch = list(itertools.islice(made, n))
    own: collections.Counter = collections.Counter()
    within: collections.Counter = collections.Counter()
    taken = [0]

    def where(frame: Any) -> str:
        code = frame.f_code
        return f"{Path(code.co_filename).name}:{code.co_firstlineno}({code.co_name})"

    def tick(signum: int, frame: Any) -> None:
        taken[0] += 1
        own[where(frame)] += 1
        seen = set()
        while frame is not None:
            name = where(frame)
            if name not in seen:
                seen.add(name)
                within[name] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    start = time.process_time()
    for environ, _ in batch:
        call(application, environ)
    spent = time.process_time() - start
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = max(taken[0], 1)
    print(f"{taken[0]} samples, {spent * 1000 / n:.2f} ms CPU a request (sampling included)")
    for title, counts in (("inclusive", within), ("self", own)):
        print(f"\n  {title}: share of samples")
        for name, count in counts.most_common(70 if title == "inclusive" else 40):
            print(f"  {count * 100 / total:6.1f}%  {name}")


# --- Inside the measured processes ----------------------------------------------------------


def inside_app(kind: str, key: str, n: int, repeats: int, profiled: bool | str) -> None:
    """Run by `manage.py shell` with the site's production settings."""
    from upstander.wsgi import application

    if profiled == "sample":
        sample(application, kind, key, n)
    elif profiled:
        profile(application, kind, key, n)
    else:
        print(json.dumps(drive(application, kind, key, n, repeats)))


def inside_bare(n: int, repeats: int) -> None:
    from upstander.bench_bare import application

    print(json.dumps(drive(application, "bare", "", n, repeats)))


# --- The orchestration ----------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400, help="requests per run")
    parser.add_argument("--repeats", type=int, default=5, help="runs in each process")
    parser.add_argument("--rounds", type=int, default=2, help="processes per kind (and tree)")
    parser.add_argument(
        "--compare", type=Path, help="another checkout (git archive of a commit), run alternately"
    )
    parser.add_argument("--kinds", default=",".join(KINDS), help="of " + ", ".join(KINDS))
    parser.add_argument("--profile", choices=KINDS[1:], help="cProfile one kind instead")
    parser.add_argument("--sample", choices=KINDS[1:], help="sample one kind's CPU instead")
    parser.add_argument(
        "--env", action="append", default=[], metavar="NAME=VALUE", help="for the site's settings"
    )
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)

    from upstander import rig

    why_not = rig.available()
    if why_not:
        print(f"bench_cpu: skipped ({why_not})")
        return
    stack = rig.Stack.start(lessons=False)
    # The integration's budget is counted as ever, but never refuses a measured request.
    stack.site.extra_env["MODERATION_API_WRITE_RATE"] = "100000000/s"
    stack.site.extra_env.update(item.split("=", 1) for item in args.env)
    try:
        _bench(args, stack)
    finally:
        stack.stop()


def _bench(args: argparse.Namespace, stack: Any) -> None:
    from upstander import rig
    from upstander.bench_load import BARE_TABLE

    postmaster = (stack.pg.data / "postmaster.pid").read_text().split()[0]
    stack.site.extra_env["BENCH_POSTMASTER_PID"] = postmaster
    print(
        f"bench_cpu: load average {_load()} before; {args.requests} requests a run,"
        f" best of {args.repeats} x {args.rounds} rounds; production settings, PostgreSQL, Redis"
    )
    if args.profile or args.sample:
        kind, how = (args.sample, "'sample'") if args.sample else (args.profile, "True")
        invocation = f"inside_app({kind!r}, {stack.key!r}, {args.requests}, 1, {how})"
        print(stack.site.python(f"from upstander.bench_cpu import inside_app; {invocation}", 1800))
        return
    with stack.pg.connect() as connection:
        connection.execute(BARE_TABLE)
    trees = {"this checkout": rig.ROOT}
    if args.compare:
        trees[args.compare.name] = args.compare.resolve()
        print(f"  alternating this checkout and {args.compare.resolve()}, round by round")

    def measure(kind: str, root: Path) -> dict[str, float]:
        if kind == "bare":
            invocation = f"inside_bare({args.requests}, {args.repeats})"
            code = f"from upstander.bench_cpu import inside_bare; {invocation}"
            command = [sys.executable, "-c", code]
            env = {**stack.site.env, "DJANGO_SETTINGS_MODULE": ""}
        else:
            invocation = (
                f"inside_app({kind!r}, {stack.key!r}, {args.requests}, {args.repeats}, False)"
            )
            code = f"from upstander.bench_cpu import inside_app; {invocation}"
            command, env = [sys.executable, "manage.py", "shell", "-c", code], stack.site.env
        out = subprocess.run(
            command, cwd=root, env=env, capture_output=True, text=True, timeout=1800
        )
        if out.returncode:
            raise RuntimeError(f"{kind} in {root}: {out.stderr[-2000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])

    header = f"  {'CPU ms per request':<30} {'web':>6} {'PostgreSQL':>11} {'Redis':>6} {'total':>6}"
    figures: dict[str, dict[str, dict[str, float]]] = {}
    for kind in args.kinds.split(","):
        for _ in range(args.rounds):  # the trees in turn, so that both see the same load
            for name, root in trees.items():
                if kind == "bare" and name != "this checkout":
                    continue  # the baseline is the same file in both
                cpu, best = measure(kind, root), figures.setdefault(name, {}).get(kind)
                if best is None or sum(cpu.values()) < sum(best.values()):
                    figures[name][kind] = cpu
    for name, kinds in figures.items():
        print(f"\n  {name}\n{header}")
        for kind, cpu in kinds.items():
            print(
                f"  {LABELS.get(kind, kind):<30} {cpu['app']:6.2f} {cpu['db']:11.2f}"
                f" {cpu['redis']:6.2f} {sum(cpu.values()):6.2f}"
            )
    bare = figures["this checkout"].get("bare")
    for name, kinds in figures.items():
        if bare and "clean" in kinds:
            ratio = sum(kinds["clean"].values()) / sum(bare.values())
            print(f"  {name}: a clean post costs {ratio:.1f}x the bare endpoint's CPU")
    print(f"  load average {_load()} after the run")


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


LABELS = {
    "bare": "bare Django (validate, insert)",
    "clean": "POST /api/v1/posts, clean",
    "flagged": "POST /api/v1/posts, flagged",
    "critical": "POST /api/v1/posts, critical",
    "scan": "POST /api/v1/scan",
}


if __name__ == "__main__":
    main()
