"""The notice in the Wagtail admin: one StaffNotification row per person, flag and reason.

In the outbox (moderation.flags.notifications) the row is written with the flag, so the admin
notice exists from the moment the flag does and this channel has nothing left to do.
"""

from __future__ import annotations

from moderation.flags.channels.base import Notice
from moderation.models import StaffNotification


def notification_for(notice: Notice) -> StaffNotification:
    """The row recording this notice (made once; every channel shares it)."""
    if notice.notification is not None:
        return notice.notification  # read by the outbox when it claimed the notice
    if notice.notification_id is not None:
        return StaffNotification.objects.get(pk=notice.notification_id)
    row, _ = StaffNotification.objects.get_or_create(
        recipient=notice.recipient,
        flag=notice.flag,
        concern=notice.concern,
        reason=notice.reason,
    )
    return row


class AdminChannel:
    keeps_own_record = True  # the outbox row is the admin notice: sending again does nothing

    def send(self, notice: Notice) -> None:
        if notice.notification_id is None:
            notification_for(notice)
