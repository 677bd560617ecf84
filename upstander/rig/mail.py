"""An SMTP relay that records what it is sent, or stalls."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass

from upstander.rig.base import free_port


@dataclass
class Mail:
    at: float
    to: list[str]
    subject: str
    message_id: str = ""


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
                    headers = body.decode("utf-8", "replace").split("\r\n\r\n", 1)[0]
                    subject, message_id = (
                        _header(headers, "subject"),
                        _header(headers, "message-id"),
                    )
                    if self.stalled:
                        await asyncio.sleep(3600)
                    self.mails.append(Mail(time.time(), recipients, subject, message_id))
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


def _header(headers: str, name: str) -> str:
    prefix = f"{name}: "
    return next(
        (h[len(prefix) :].strip() for h in headers.split("\r\n") if h.lower().startswith(prefix)),
        "",
    )
