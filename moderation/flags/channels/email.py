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
        message = EmailMessage(
            notice.subject,
            notice.body,
            settings.DEFAULT_FROM_EMAIL,
            [address],
            headers={"Message-ID": message_id(row.pk)},
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
