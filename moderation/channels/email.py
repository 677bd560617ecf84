"""E-mail through Django's backends (console in the demo, SMTP in production, locmem in tests).

Sent by a task worker, never in a web request, with `EMAIL_TIMEOUT` on the connection so a
relay that stalls fails the attempt (to be retried) instead of holding a worker. `emailed_at`
is stamped only after the relay accepted the message; the outbox records that this channel
took the notice, so a retry of the notice does not e-mail twice.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import get_connection, send_mail
from django.utils import timezone

from moderation.channels.admin import notification_for
from moderation.channels.base import Notice
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
        StaffNotification.objects.filter(pk=row.pk).update(emailed_at=timezone.now())
