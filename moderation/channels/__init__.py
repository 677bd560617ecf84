"""Notification channels: a registry of plug-ins by dotted path (settings.MODERATION_CHANNELS).

Each channel is one module with one class whose `send(notice)` delivers a single notice to a
single member of staff, and is safe to call again for the same notice (a retried task must not
e-mail twice). `notify` hands every notice to every channel; a failing channel is logged and
never stops the others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.utils.module_loading import import_string

from moderation.channels.base import Channel, Notice, notice_for

logger = logging.getLogger("moderation.channels")

__all__ = ["Channel", "Notice", "channels", "notice_for", "notify"]


@lru_cache(maxsize=4)
def _load(paths: tuple[tuple[str, str], ...]) -> dict[str, Channel]:
    return {name: import_string(path)() for name, path in paths}


def channels() -> dict[str, Channel]:
    """The configured channels, by name, in settings order."""
    configured = getattr(settings, "MODERATION_CHANNELS", {})
    return _load(tuple(configured.items()))


def notify(
    recipients: Iterable[Any], *, flag: Any = None, concern: Any = None, reason: str = "routed"
) -> int:
    """Tell each recipient about a flag or a concern on every channel; returns notices sent."""
    sent = 0
    for recipient in recipients:
        notice = notice_for(recipient, flag=flag, concern=concern, reason=reason)
        for name, channel in channels().items():
            try:
                channel.send(notice)
            except Exception:  # noqa: BLE001 - one broken channel must not silence the rest
                logger.exception("moderation channel %s failed for user %s", name, recipient.pk)
        sent += 1
    return sent
