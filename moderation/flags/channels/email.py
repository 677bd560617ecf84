"""E-mail through Django's backends (console in the demo, SMTP in production, locmem in tests).

Sent by a task worker, never in a web request, with `EMAIL_TIMEOUT` on the connection so a
relay that stalls fails the attempt (to be retried) instead of holding a worker. `emailed_at`
is stamped only after the relay accepted the message; the outbox records that this channel
took the notice, so a retry of the notice does not e-mail twice. Where the relay took it but
its answer was lost, the retry sends the same Message-ID (`message_id`).

Inside `batch()` (a task's notices, a sweep) the e-mails share one connection to the relay:
opening one (connect, EHLO, and TLS in production) cost more than the e-mail. A connection
that failed, or sat unused for KEEP_SECONDS, is never used again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import DatabaseError, connection
from django.utils import timezone

from moderation.flags.channels.admin import notification_for
from moderation.flags.channels.base import Notice
from moderation.flags.inserts import update_row
from moderation.models import StaffNotification

# A relay may close a connection left idle; one unused this long is not trusted to be open.
KEEP_SECONDS = 5.0
# Relays limit the messages per connection (often to 100): a fresh one after this many.
MAX_PER_CONNECTION = 50


class EmailChannel:
    # `emailed_at`, stamped as the relay takes the e-mail, keeps it from being sent twice.
    keeps_own_record = True

    def __init__(self) -> None:
        self._held = threading.local()  # per thread: `batch()` depth, connection, last use

    @contextmanager
    def batch(self) -> Iterator[None]:
        held = self._held
        outermost = not getattr(held, "depth", 0)
        held.depth = getattr(held, "depth", 0) + 1
        try:
            yield
        finally:
            held.depth -= 1
            if outermost:
                self._drop()

    def send(self, notice: Notice) -> None:
        address = getattr(notice.recipient, "email", "")
        if not address:
            return  # LMS accounts have no address; the admin notice still reaches them
        row = notification_for(notice)
        if row.emailed_at is not None:
            return
        message = NoticeEmail(
            notice.subject,
            notice.body,
            settings.DEFAULT_FROM_EMAIL,
            [address],
            # Date first, as Django adds its own: the same headers in the same order.
            headers={
                "Date": formatdate(localtime=settings.EMAIL_USE_LOCALTIME),
                "Message-ID": message_id(row.pk),
            },
            connection=self._connection(),
        )
        try:
            message.send(fail_silently=False)
        except Exception:
            self._drop()
            raise
        _record_emailed(row.pk)
        held = self._held
        held.used_at, held.sent = time.monotonic(), getattr(held, "sent", 0) + 1
        if held.sent >= MAX_PER_CONNECTION:
            self._drop()

    def _connection(self) -> Any:
        """A new connection (send_mail opens and closes it), or in a batch the one kept open."""
        held = self._held
        if not getattr(held, "depth", 0):
            return get_connection(timeout=settings.EMAIL_TIMEOUT)
        kept = getattr(held, "connection", None)
        if kept is not None and time.monotonic() - held.used_at > KEEP_SECONDS:
            self._drop()
            kept = None
        if kept is None:
            kept = get_connection(timeout=settings.EMAIL_TIMEOUT)
            kept.open()  # opened here, so send_mail leaves it open for the next e-mail
            held.connection, held.used_at = kept, time.monotonic()
        return kept

    def _drop(self) -> None:
        kept, self._held.connection = getattr(self._held, "connection", None), None
        self._held.sent = 0
        if kept is not None:
            try:
                kept.close()
            except Exception:  # noqa: BLE001, S110 - a connection that broke is simply left
                pass


class NoticeEmail(EmailMessage):
    """A notice's e-mail. Its MIME text is written directly when it is plain: one ASCII text
    part, headers that need no encoding or folding. Django builds the same text through
    Python's `email` package (a message object, a policy, a generator, each header's `Header`),
    which was most of the task worker's CPU for a flag. Anything else asked of the message
    (a header, its charset), and every e-mail that is not plain, goes to the message Django
    builds (tests/moderation/pipeline/test_notice_email_text.py holds the two equal, byte for
    byte)."""

    def message(self) -> Any:
        lines = _plain_lines(self)
        return _Written(self, lines) if lines is not None else super().message()


class _Written:
    """The message, as text written directly; Django's own message is built only if something
    other than its text is asked for."""

    __slots__ = ("_email", "_lines", "_built")

    def __init__(self, email: NoticeEmail, lines: list[str]) -> None:
        self._email, self._lines, self._built = email, lines, None

    def as_string(self, unixfrom: bool = False, linesep: str = "\n") -> str:
        if unixfrom:
            return self._django().as_string(unixfrom, linesep)
        return linesep.join(self._lines)

    def as_bytes(self, unixfrom: bool = False, linesep: str = "\n") -> bytes:
        if unixfrom:
            return self._django().as_bytes(unixfrom, linesep)
        return linesep.join(self._lines).encode("ascii")

    def _django(self) -> Any:
        if self._built is None:
            self._built = EmailMessage.message(self._email)
        return self._built

    def __getitem__(self, name: str) -> Any:
        return self._django()[name]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._django(), name)


# RFC 5322: a header line longer than this is folded by the generator; a body line longer than
# LONG_BODY_LINE makes Django encode the body (base64).
HEADER_LINE = 78
LONG_BODY_LINE = 998
_PLAIN_HEADERS = ("date", "message-id")


def _plain_lines(email: EmailMessage) -> list[str] | None:
    """The lines of `email` as Django's message would write them, when it is plain; else None."""
    if (
        (email.encoding or settings.DEFAULT_CHARSET).lower() != "utf-8"
        or email.content_subtype != "plain"
        or email.attachments
        or email.cc
        or email.bcc
        or email.reply_to
        or [name.lower() for name in email.extra_headers] != list(_PLAIN_HEADERS)
    ):
        return None
    headers = [
        ("Subject", email.subject),
        ("From", email.from_email),
        ("To", ", ".join(str(address) for address in email.to)),
        ("Date", email.extra_headers["Date"]),
        ("Message-ID", email.extra_headers["Message-ID"]),
    ]
    lines = [
        'Content-Type: text/plain; charset="utf-8"',
        "MIME-Version: 1.0",
        "Content-Transfer-Encoding: 7bit",
    ]
    for name, value in headers:
        if not isinstance(value, str) or not _plain_header(value):
            return None
        line = f"{name}: {value}"
        if len(line) > HEADER_LINE:
            return None
        lines.append(line)
    body = email.body
    if not isinstance(body, str) or not body.isascii() or "\r" in body:
        return None
    body_lines = body.split("\n")
    if any(len(line) > LONG_BODY_LINE for line in body_lines):
        return None
    lines.append("")
    lines.extend(body_lines)
    return lines


def _plain_header(value: str) -> bool:
    """ASCII words separated by single spaces: a header Python's `Header` writes as it is."""
    return (
        value.isascii()
        and value.isprintable()
        and value == value.strip()
        and "  " not in value
        and bool(value)
    )


def message_id(notification_pk: int) -> str:
    """The same Message-ID every time a notice is e-mailed. A relay whose reply is lost (a
    timeout after it took the e-mail) makes the retry a second copy, which SMTP cannot prevent;
    with one Message-ID it is the same message, and mail services keep one."""
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].strip(" <>") or "upstander.invalid"
    return f"<notice-{notification_pk}@{domain}>"


# The relay has the e-mail: its record must survive a database restart (a few seconds), or the
# notice would be retried and e-mailed twice.
RECORD_ATTEMPTS = 30


def _record_emailed(pk: int) -> None:
    for attempt in range(RECORD_ATTEMPTS):
        try:
            # Its statement built once: the ORM built it afresh for every e-mail, 8% of the
            # Python calls a task worker made per notice.
            update_row(StaffNotification, pk, emailed_at=timezone.now())
            return
        except DatabaseError:
            if attempt == RECORD_ATTEMPTS - 1:
                raise
            if not connection.in_atomic_block:  # a worker's own connection: reconnect
                connection.close_if_unusable_or_obsolete()
            time.sleep(1)
