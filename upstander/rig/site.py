"""Upstander in subprocesses: gunicorn as the README says, its task worker and the notice sweep."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from upstander.rig.base import ROOT, wait_for_port
from upstander.rig.load import wait_for_answer


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
