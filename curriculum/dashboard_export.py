"""The dashboard as CSV for a teacher's spreadsheet: a row per student and lesson, safe to open."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any

from curriculum.dashboard import HELD_FOR_TEACHERS, Dashboard

CSV_HEADER = [
    "student",
    "lti_sub",
    "lesson",
    "resource_link_id",
    "status",
    "quiz_percent",
    "quiz_attempts",
    "score_given",
    "score_maximum",
    "time_spent_minutes",
    "started_at",
    "last_activity_at",
    "completed_at",
    "held_for_safeguarding",
    "held_note",
]


def _safe(value: Any) -> str:
    text = "" if value is None else str(value)
    # A cell starting with these runs as a formula in a spreadsheet (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def export_rows(dashboard: Dashboard) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for r in dashboard.rows:
        writer.writerow(
            [
                _safe(v)
                for v in (
                    r.student.name,
                    r.student.sub,
                    r.lesson_title,
                    r.link.resource_link_id,
                    r.status,
                    r.quiz_percent,
                    r.quiz_attempts,
                    r.score_given,
                    r.link.score_maximum,
                    round(r.time_spent_seconds / 60),
                    _iso(r.started_at),
                    _iso(r.last_activity_at),
                    _iso(r.completed_at),
                    r.held,
                    HELD_FOR_TEACHERS if r.held else "",
                )
            ]
        )
    return out.getvalue()
