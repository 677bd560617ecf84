"""E-mail through Django's backends (console in the demo, SMTP in production, locmem in tests).

Sent by a task worker, never in a web request, with `EMAIL_TIMEOUT` on the connection so a
relay that stalls fails the attempt (to be retried) instead of holding a worker. `emailed_at`
is stamped only after the relay accepted the message; the outbox records that this channel
took the notice, so a retry of the notice does not e-mail twice.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.mail import get_connection, send_mail
from django.db import DatabaseError, connection
from django.utils import timezone

from moderation.flags.channels.admin import notification_for
from moderation.flags.channels.base import Notice
from moderation.models import StaffNotification


class EmailChannel:
    def send(self, notice: Notice) -> None:
        address = getattr(notice.recipient, "email", "")
        if not address:
            return  # LMS accounts have no address; the admin notice still reaches them
        row = notification_for(notice)
        if row.emailed_at is not None:
            return
        send_mail(
            notice.subject,
            notice.body,
            settings.DEFAULT_FROM_EMAIL,
            [address],
            fail_silently=False,
            connection=get_connection(timeout=settings.EMAIL_TIMEOUT),
        )
        _record_emailed(row.pk)


# The relay has the e-mail: its record must survive a database restart (a few seconds), or the
# notice would be retried and e-mailed twice.
RECORD_ATTEMPTS = 30


def _record_emailed(pk: int) -> None:
    for attempt in range(RECORD_ATTEMPTS):
        try:
            StaffNotification.objects.filter(pk=pk).update(emailed_at=timezone.now())
            return
        except DatabaseError:
            if attempt == RECORD_ATTEMPTS - 1:
                raise
            if not connection.in_atomic_block:  # a worker's own connection: reconnect
                connection.close_if_unusable_or_obsolete()
            time.sleep(1)
