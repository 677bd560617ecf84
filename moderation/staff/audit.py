"""The audit log: one call for every view of and action on a flag or concern.

Entries keep who did what and why, never the text of a post or concern, so that retention can
remove the text while the record of staff actions stays.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from moderation.flags.inserts import insert_rows
from moderation.flags.together import Together, key_text
from moderation.models import AuditEntry


def record(
    actor: Any, action: str, obj: models.Model | None = None, *, reason: str = "", **detail: Any
) -> AuditEntry:
    """Append one entry. `actor` is a user, or None for the system (tasks, integrations)."""
    [entry] = insert_rows([_entry(actor, action, obj, reason, detail)])
    return entry


def record_all(
    actor: Any, action: str, entries: list[tuple[models.Model | None, str, dict[str, Any]]]
) -> list[AuditEntry]:
    """Append one entry per (object, reason, detail), in one INSERT (a task's sent notices)."""
    if not entries:
        return []
    made = [_entry(actor, action, obj, reason, detail) for obj, reason, detail in entries]
    return list(insert_rows(made))


def record_each(
    actor: Any,
    entries: list[tuple[str, models.Model | None, dict[str, Any]]],
    writes: Together | None = None,
) -> None:
    """Append one entry per (action, object, detail), in one INSERT (a post held and its flag
    raised); `writes`: with those rows, when the objects are written with them."""
    made = [_entry(actor, action, obj, "", detail) for action, obj, detail in entries]
    if writes is None:
        insert_rows(made)
    else:
        writes.add(made)


def _entry(
    actor: Any, action: str, obj: models.Model | None, reason: str, detail: dict[str, Any]
) -> AuditEntry:
    is_person = actor is not None and getattr(actor, "is_authenticated", False)
    label = actor.get_username() if is_person else str(actor or "system")
    return AuditEntry(
        actor=actor if is_person else None,
        actor_label=label[:200],
        action=action,
        object_type=obj._meta.model_name if obj is not None else "",
        object_id=key_text(obj) if obj is not None else "",
        reason=reason,
        detail=detail,
    )
