"""A test rig of real parts for the load benchmark and the fault runs: a PostgreSQL and a Redis
of its own (temporary directory, their own ports, never the machine's services), an SMTP relay
that records or stalls, Upstander served by gunicorn as the README's production section says,
its task worker and the notice sweep, and an HTTP load generator.

Used by `upstander/bench_load.py` (`make bench`) and `tests/load/test_faults_lose_no_notice.py`.
Imports no Django: the app runs in subprocesses, as in production.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/local/bin"))
REDIS_SERVER = os.environ.get("REDIS_SERVER", "/usr/bin/redis-server")


def run_to_completion(coroutine: Any) -> Any:
    """``asyncio.run``, also from a thread whose event loop is already running (a test run
    after browser tests, whose driver keeps one open): then in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


def wait_for_answer(port: int, timeout: float) -> None:
    """Until a worker answers an HTTP request (any status): the app is loaded."""
    deadline, raw = time.monotonic() + timeout, _request("GET", "/", b"", {})
    while time.monotonic() < deadline:
        if run_to_completion(fetch(port, raw, 10.0))[0]:
            return
        time.sleep(0.5)
    raise TimeoutError(f"no HTTP answer on port {port} after {timeout} s")


def available() -> str:
    """Why the rig cannot run here, or "" when it can."""
    missing = [
        str(path)
        for path in (PG_BIN / "initdb", PG_BIN / "pg_ctl", Path(REDIS_SERVER))
        if not path.exists()
    ]
    if shutil.which("gunicorn", path=str(Path(sys.executable).parent)) is None:
        missing.append("gunicorn in the virtualenv")
    return f"missing: {', '.join(missing)}" if missing else ""


# --- PostgreSQL and Redis of our own ----------------------------------------------------------


def _as_owner() -> list[str]:
    """PostgreSQL refuses to run as root: there, its commands run as the `postgres` user."""
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


class Postgres:
    def __init__(self, workdir: Path) -> None:
        home = workdir / "postgres"
        home.mkdir()
        if os.geteuid() == 0:
            os.chmod(workdir, 0o755)
            shutil.chown(home, "postgres", "postgres")
        self.data = home / "data"
        self.port = free_port()
        self.log = home / "server.log"
        self.socket_dir = home

    @property
    def url(self) -> str:
        return f"postgres://rig@127.0.0.1:{self.port}/rig"

    def _ctl(self, *args: str) -> None:
        subprocess.run(
            [
                *_as_owner(),
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-w",
                *args,
            ],
            check=True,
            capture_output=True,
        )

    def start(self) -> None:
        if not self.data.exists():
            subprocess.run(
                [
                    *_as_owner(),
                    str(PG_BIN / "initdb"),
                    "-D",
                    str(self.data),
                    "-U",
                    "rig",
                    "-A",
                    "trust",
                ],
                check=True,
                capture_output=True,
            )
            options = (
                f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
                "-c max_connections=200 -c shared_buffers=64MB"
            )
            (self.socket_dir / "rig.opts").write_text(options)
        self._ctl("-o", (self.socket_dir / "rig.opts").read_text(), "start")
        if not getattr(self, "_created", False):
            import psycopg

            dsn = f"host=127.0.0.1 port={self.port} user=rig dbname=postgres"
            with psycopg.connect(dsn, autocommit=True) as connection:
                connection.execute("CREATE DATABASE rig")
            self._created = True

    def connect(self):  # noqa: ANN201 - a psycopg connection to the rig's database
        import psycopg

        return psycopg.connect(f"host=127.0.0.1 port={self.port} user=rig dbname=rig")

    def stop(self) -> None:
        self._ctl("-m", "fast", "stop")

    def restart(self) -> None:
        self._ctl("-m", "fast", "-o", (self.socket_dir / "rig.opts").read_text(), "restart")


class Redis:
    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.dir = workdir
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        # No persistence: a restart loses every queued job, the worst case for the outbox.
        self.process = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


# --- An SMTP relay that records, or stalls ----------------------------------------------------


@dataclass
class Mail:
    at: float
    to: list[str]
    subject: str


class SmtpRelay:
    """Accepts every message (recording when it arrived) unless `stalled`: then it takes the
    connection and never answers, as a relay that hangs does."""

    def __init__(self) -> None:
        self.port = free_port()
        self.mails: list[Mail] = []
        self.stalled = False
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self) -> None:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._session, "127.0.0.1", self.port), self._loop
        )
        self._server = future.result(10)

    def stop(self) -> None:
        async def shutdown() -> None:
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            if self.stalled:
                await asyncio.sleep(3600)
            writer.write(b"220 rig ESMTP\r\n")
            recipients: list[str] = []
            while line := await reader.readline():
                verb = line[:4].upper()
                if verb in (b"EHLO", b"HELO"):
                    writer.write(b"250 rig\r\n")
                elif verb == b"MAIL":
                    recipients = []
                    writer.write(b"250 OK\r\n")
                elif verb == b"RCPT":
                    recipients.append(line.decode().split(":", 1)[1].strip().strip("<>"))
                    writer.write(b"250 OK\r\n")
                elif verb == b"DATA":
                    writer.write(b"354 go on\r\n")
                    await writer.drain()
                    body = await reader.readuntil(b"\r\n.\r\n")
                    subject = next(
                        (
                            h[9:].strip()
                            for h in body.decode("utf-8", "replace").split("\r\n")
                            if h.lower().startswith("subject: ")
                        ),
                        "",
                    )
                    if self.stalled:
                        await asyncio.sleep(3600)
                    self.mails.append(Mail(time.time(), recipients, subject))
                    writer.write(b"250 queued\r\n")
                elif verb == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    await writer.drain()
                    break
                else:
                    writer.write(b"250 OK\r\n")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.close()


# --- Upstander in subprocesses ----------------------------------------------------------------


@dataclass
class Supervised:
    """A process restarted when it exits, as systemd's Restart=always does."""

    name: str
    argv: list[str]
    env: dict[str, str]
    log: Path
    restart_after: float = 1.0
    process: subprocess.Popen | None = None
    restarts: int = 0
    _stop: bool = False

    def start(self) -> None:
        self._stop = False
        self._spawn()
        threading.Thread(target=self._watch, daemon=True).start()

    def _spawn(self) -> None:
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(
                self.argv,
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def _watch(self) -> None:
        while not self._stop:
            process = self.process
            if process is not None and process.poll() is not None and not self._stop:
                time.sleep(self.restart_after)
                if not self._stop:
                    self.restarts += 1
                    self._spawn()
            time.sleep(0.2)

    def kill(self) -> None:
        """SIGKILL, as the OOM killer or a crash would; the watcher starts it again."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)

    def stop(self) -> None:
        self._stop = True
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


@dataclass
class Site:
    """Upstander with production settings on the rig's PostgreSQL, Redis and relay."""

    workdir: Path
    database_url: str
    redis_url: str
    smtp_port: int
    extra_env: dict[str, str] = field(default_factory=dict)
    processes: list[Supervised] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
        env.update(
            DJANGO_SETTINGS_MODULE="upstander.settings.production",
            SECRET_KEY="rig-" + "k" * 60,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            DATABASE_URL=self.database_url,
            DATABASE_CONN_MAX_AGE="60",
            REDIS_URL=self.redis_url,
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.smtp_port),
            EMAIL_USE_TLS="False",
            EMAIL_TIMEOUT_SECONDS="5",
            SECURE_SSL_REDIRECT="False",
            STATIC_ROOT=str(self.workdir / "static"),
            LOG_LEVEL="WARNING",
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra_env)
        return env

    def manage(self, *args: str, timeout: float = 600) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def python(self, code: str, timeout: float = 600) -> str:
        """Run `code` in a Django process of this site; returns what it printed."""
        return self.manage("shell", "-c", code, timeout=timeout)

    def serve(self, wsgi: str, port: int, workers: int, name: str = "gunicorn") -> Supervised:
        argv = [
            str(Path(sys.executable).parent / "gunicorn"),
            wsgi,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--timeout",
            "30",
            "--backlog",
            "64",
            "--preload",
        ]
        process = self._supervise(name, argv)
        wait_for_port(port, 120)
        wait_for_answer(port, 120)
        return process

    def worker(self) -> Supervised:
        # One job at a time without forking per job (RQ's SimpleWorker); the scheduler moves
        # retries deferred with run_after onto the queue when they are due.
        argv = [
            sys.executable,
            "manage.py",
            "rqworker",
            "--job-class",
            "django_tasks_rq.Job",
            "--worker-class",
            "rq.worker.SimpleWorker",
            "--with-scheduler",
            "default",
        ]
        return self._supervise("worker", argv)

    def sweeper(self, every: float) -> Supervised:
        """`manage.py send_notices` every `every` seconds, as a timer or cron would run it."""
        argv = [sys.executable, "manage.py", "send_notices", "--every", str(every)]
        return self._supervise("sweep", argv)

    def _supervise(self, name: str, argv: list[str]) -> Supervised:
        process = Supervised(name, argv, self.env, self.workdir / f"{name}.log")
        process.start()
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.stop()
        self.processes.clear()


# --- Load ---------------------------------------------------------------------------------------


@dataclass
class Outcome:
    sent_at: float
    status: int  # 0: no answer (connection refused, reset, time-out)
    seconds: float
    body: bytes = b""


def _request(method: str, path: str, body: bytes, headers: dict[str, str]) -> bytes:
    lines = [
        f"{method} {path} HTTP/1.1",
        "Host: 127.0.0.1",
        "Connection: close",
        "X-Forwarded-Proto: https",
        # What nginx stamps (proxy_set_header X-Request-Start "t=${msec}"): the app sheds a
        # request that waited longer than WEB_MAX_QUEUE_MS for a worker.
        f"X-Request-Start: t={time.time():.3f}",
        f"Content-Length: {len(body)}",
    ]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def fetch(port: int, raw: bytes, timeout: float) -> tuple[int, bytes]:
    async def talk() -> tuple[int, bytes]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            writer.write(raw)
            await writer.drain()
            answer = await reader.read()
        finally:
            writer.close()
        head, _, body = answer.partition(b"\r\n\r\n")
        return int(head.split(b" ", 2)[1]), body

    try:
        return await asyncio.wait_for(talk(), timeout)
    except (TimeoutError, OSError, ValueError, IndexError):
        return 0, b""


@dataclass
class Load:
    """Requests made by `make_request(n) -> (method, path, body, headers)`."""

    port: int
    make_request: Callable[[int], tuple[str, str, bytes, dict[str, str]]]
    timeout: float = 10.0
    outcomes: list[Outcome] = field(default_factory=list)

    async def _one(self, n: int) -> Outcome:
        method, path, body, headers = self.make_request(n)
        sent_at, start = time.time(), time.perf_counter()
        status, answer = await fetch(self.port, _request(method, path, body, headers), self.timeout)
        outcome = Outcome(sent_at, status, time.perf_counter() - start, answer)
        self.outcomes.append(outcome)
        return outcome

    def saturate(self, connections: int, seconds: float) -> list[Outcome]:
        """Closed loop: `connections` clients, each sending its next request on an answer."""
        counter = iter(range(10**9))

        async def client(deadline: float) -> None:
            while time.monotonic() < deadline:
                await self._one(next(counter))

        async def run() -> None:
            deadline = time.monotonic() + seconds
            await asyncio.gather(*(client(deadline) for _ in range(connections)))

        start = len(self.outcomes)
        run_to_completion(run())
        return self.outcomes[start:]

    def at_rate(self, per_second: float, seconds: float, first: int = 0) -> list[Outcome]:
        """Open loop: a request every 1/per_second s whether or not earlier ones answered."""

        async def run() -> None:
            tasks, begin = [], time.monotonic()
            for n in range(int(per_second * seconds)):
                delay = begin + n / per_second - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(self._one(first + n)))
            await asyncio.gather(*tasks)

        start = len(self.outcomes)
        run_to_completion(run())
        return self.outcomes[start:]


def percentile(values: Iterable[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summary(outcomes: list[Outcome], seconds: float, ok: Iterable[int] = (200, 201)) -> dict:
    accepted = [o for o in outcomes if o.status in set(ok)]
    times = [o.seconds * 1000 for o in accepted]
    return {
        "requests": len(outcomes),
        "accepted_per_s": len(accepted) / seconds,
        "p50_ms": percentile(times, 0.50),
        "p95_ms": percentile(times, 0.95),
        "p99_ms": percentile(times, 0.99),
        "errors": len(outcomes) - len(accepted),
        "statuses": sorted({o.status for o in outcomes}),
    }


def post_request(key: str, source: str, texts: list[str], seed: int = 7) -> Callable:
    """API posts with ids `<source>-<n>`, a text drawn from `texts` by n."""
    rng = random.Random(seed)
    choices = [rng.randrange(len(texts)) for _ in range(1000)]

    def make(n: int) -> tuple[str, str, bytes, dict[str, str]]:
        body = {"source": source, "external_id": f"{source}-{n}", "text": texts[choices[n % 1000]]}
        return (
            "POST",
            "/api/v1/posts",
            json.dumps(body).encode(),
            {"Authorization": f"Api-Key {key}", "Content-Type": "application/json"},
        )

    return make


def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="upstander-rig-"))


# --- The whole stack ---------------------------------------------------------------------------

SETUP = """
import json
from django.contrib.auth import get_user_model
from moderation.api.keys import create_api_key
from moderation.staff.permissions import leads_group
leads = leads_group()
for name in ("lead-a", "lead-b"):
    user, _ = get_user_model().objects.get_or_create(
        username=name, defaults={"email": f"{name}@school.example"})
    user.groups.add(leads)
key = create_api_key("rig", "write")[1]
from wagtail.models import Page
pages = {}
for model in ("lessonpage", "familyresourcepage"):
    page = Page.objects.live().filter(content_type__model=model).order_by("path").first()
    if page is not None:
        pages[model] = page.url
print(json.dumps({"key": key, "pages": pages}))
"""

# Fast retries, so that a run heals within seconds rather than the production minutes.
QUICK_RETRIES = {
    "MODERATION_NOTICE_RETRY_BASE_SECONDS": "2",
    "MODERATION_NOTICE_RETRY_MAX_SECONDS": "10",
    "MODERATION_NOTICE_LEASE_SECONDS": "15",
}


@dataclass
class Stack:
    work: Path
    pg: Postgres
    redis: Redis
    relay: SmtpRelay
    site: Site
    key: str = ""
    pages: dict[str, str] = field(default_factory=dict)

    @classmethod
    def start(cls, *, lessons: bool) -> Stack:
        """PostgreSQL, Redis and relay started; the site migrated and seeded (two leads with
        e-mail addresses, the starter keyword libraries, an API key; the lessons if asked)."""
        work = workdir()
        pg, redis, relay = Postgres(work), Redis(work), SmtpRelay()
        pg.start()
        redis.start()
        relay.start()
        site = Site(work, pg.url, redis.url, relay.port, extra_env=dict(QUICK_RETRIES))
        stack = cls(work, pg, redis, relay, site)
        try:
            site.manage("migrate", "--no-input")
            site.manage("createcachetable")
            if lessons:
                site.manage("collectstatic", "--no-input")
                site.manage("load_lessons")
            site.manage("seed_keyword_libraries")
            made = json.loads(site.python(SETUP).strip().splitlines()[-1])
        except BaseException:
            stack.stop()
            raise
        stack.key, stack.pages = made["key"], made["pages"]
        return stack

    def stop(self) -> None:
        self.site.stop()
        self.relay.stop()
        self.redis.stop()
        try:
            self.pg.stop()
        finally:
            # The logs stay for a look afterwards (a few kB); the database goes.
            shutil.rmtree(self.pg.data, ignore_errors=True)
            print(f"rig logs: {self.work}")
