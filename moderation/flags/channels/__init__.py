"""Notification channels: a registry of plug-ins by dotted path (settings.MODERATION_CHANNELS).

Each channel is one module with one class whose `send(notice)` delivers a single notice to a
single member of staff and raises when it could not (the outbox then retries it). A channel
whose own record keeps it from sending twice sets `keeps_own_record = True`: the outbox then
writes that it took the notice with the notice's outcome, not in a statement of its own.
`notify` writes the notices to the outbox (moderation.flags.notifications), which hands each
to every channel from a task; a failing channel is retried and never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.utils.module_loading import import_string

from moderation.flags.channels.base import Channel, Notice, notice_for

__all__ = ["Channel", "Notice", "batch", "channels", "notice_for", "notify"]


@lru_cache(maxsize=4)
def _load(paths: tuple[tuple[str, str], ...]) -> dict[str, Channel]:
    return {name: import_string(path)() for name, path in paths}


def channels() -> dict[str, Channel]:
    """The configured channels, by name, in settings order."""
    configured = getattr(settings, "MODERATION_CHANNELS", {})
    return _load(tuple(configured.items()))


@contextmanager
def batch() -> Iterator[None]:
    """Notices sent inside share what a channel keeps open between sends (its own `batch()`:
    one SMTP connection for a task's or a sweep's e-mails, not one per e-mail)."""
    with ExitStack() as stack:
        for channel in channels().values():
            keeping = getattr(channel, "batch", None)
            if keeping is not None:
                stack.enter_context(keeping())
        yield


def notify(
    recipients: Iterable[Any], *, flag: Any = None, concern: Any = None, reason: str = "routed"
) -> int:
    """Tell each recipient about a flag or a concern on every channel: the notices are written
    to the outbox now (in the caller's transaction) and sent by a task after commit."""
    from moderation.flags.notifications import queue_notices

    return len(queue_notices(recipients, flag=flag, concern=concern, reason=reason))
