"""The notice in the Wagtail admin: one StaffNotification row per person, flag and reason."""

from __future__ import annotations

from moderation.channels.base import Notice
from moderation.models import StaffNotification


def notification_for(notice: Notice) -> StaffNotification:
    """The row recording this notice (made once; every channel shares it)."""
    row, _ = StaffNotification.objects.get_or_create(
        recipient=notice.recipient,
        flag=notice.flag,
        concern=notice.concern,
        reason=notice.reason,
    )
    return row


class AdminChannel:
    def send(self, notice: Notice) -> None:
        notification_for(notice)
