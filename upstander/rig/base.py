"""Paths, ports and waiting: what every part of the rig needs."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import shutil
import socket
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
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


_HANDED_OUT: set[int] = set()


def free_port() -> int:
    """A port nothing listens on: the kernel's choice, or with `RIG_PORTS=first-last` (a machine
    shared by several runs, each given its own range) the first free one there not already
    handed out by this process."""
    wanted = os.environ.get("RIG_PORTS", "")
    if not wanted:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]
    first, _, last = wanted.partition("-")
    for port in range(int(first), int(last or first) + 1):
        if port in _HANDED_OUT:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        _HANDED_OUT.add(port)
        return port
    raise RuntimeError(f"no free port left in RIG_PORTS={wanted}")


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


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
