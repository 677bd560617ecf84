"""A PostgreSQL and a Redis of the rig's own: temporary directories, their own ports."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from upstander.rig.base import PG_BIN, REDIS_SERVER, free_port, wait_for_port


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
