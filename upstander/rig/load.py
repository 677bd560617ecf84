"""An HTTP load generator and the figures it reports."""

from __future__ import annotations

import asyncio
import json
import random
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from upstander.rig.base import run_to_completion


@dataclass
class Outcome:
    sent_at: float
    status: int  # 0: no answer (connection refused, reset, time-out)
    seconds: float
    body: bytes = b""


def http_request(method: str, path: str, body: bytes, headers: dict[str, str]) -> bytes:
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
        status, answer = await fetch(
            self.port, http_request(method, path, body, headers), self.timeout
        )
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


def wait_for_answer(port: int, timeout: float) -> None:
    """Until a worker answers an HTTP request (any status): the app is loaded."""
    deadline, raw = time.monotonic() + timeout, http_request("GET", "/", b"", {})
    while time.monotonic() < deadline:
        if run_to_completion(fetch(port, raw, 10.0))[0]:
            return
        time.sleep(0.5)
    raise TimeoutError(f"no HTTP answer on port {port} after {timeout} s")
