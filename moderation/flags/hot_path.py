"""What every post would otherwise read from the database, kept in this process for a moment.

A post at 300/s must not read the moderation settings row (and the keyword libraries'
versions, in `library_store`) each time. Each worker keeps what it read for
`MODERATION_RELOAD_SECONDS`; a change saved in this process applies at once (signals), one
saved by another worker within that many seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.db.models.base import ModelState

T = TypeVar("T")


def clock() -> float:
    return time.monotonic()


class Remembered:
    """One value, read through `load` at most once per MODERATION_RELOAD_SECONDS."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: tuple[float, Any] | None = None

    def get(self, load: Callable[[], T]) -> T:
        held, now = self._value, clock()
        if held is not None and now - held[0] < settings.MODERATION_RELOAD_SECONDS:
            return held[1]
        value = load()
        with self._lock:
            self._value = (now, value)
        return value

    def forget(self, *args: Any, **kwargs: Any) -> None:
        """Read afresh next time (a signal receiver, hence the arguments)."""
        with self._lock:
            self._value = None


moderation_settings_row = Remembered()


def moderation_settings(load: Callable[[], T]) -> T:
    """The settings row (a copy: a caller that changes it changes nobody else's)."""
    return model_copy(moderation_settings_row.get(load))


def model_copy(row: T) -> T:
    """`copy.copy(row)` for a model instance, without the trip through pickling's protocol
    (`Model.__reduce__` looks the model up in the app registry): 0.1 ms of a clean post's CPU."""
    clone = row.__class__.__new__(row.__class__)
    clone.__dict__.update(row.__dict__)
    state = clone._state = ModelState()
    state.db, state.adding = row._state.db, row._state.adding
    state.fields_cache = dict(row._state.fields_cache)
    return clone


# --- Warnings about a service that is down ---------------------------------------------------
# At 300 requests a second, a Redis or database outage would write 300 tracebacks a second.
WARN_EVERY_SECONDS = 10.0
_warned: dict[str, float] = {}
_warned_lock = threading.Lock()


def warn_now_and_then(logger: logging.Logger, topic: str, message: str, *args: Any) -> None:
    """Log `message` as a warning, at most once every WARN_EVERY_SECONDS per `topic`."""
    now = clock()
    with _warned_lock:
        if now - _warned.get(topic, -WARN_EVERY_SECONDS) < WARN_EVERY_SECONDS:
            return
        _warned[topic] = now
    logger.warning(message, *args)
