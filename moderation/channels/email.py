"""E-mail through Django's backends (console in the demo, SMTP in production, locmem in tests).

At most one e-mail per notice: the StaffNotification row is claimed by stamping `emailed_at`
with a conditional update before sending, so a retried task finds it already sent.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
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
        claimed = StaffNotification.objects.filter(pk=row.pk, emailed_at=None).update(
            emailed_at=timezone.now()
        )
        if not claimed:
            return
        try:
            send_mail(
                notice.subject,
                notice.body,
                settings.DEFAULT_FROM_EMAIL,
                [address],
                fail_silently=False,
            )
        except Exception:
            StaffNotification.objects.filter(pk=row.pk).update(emailed_at=None)
            raise
