"""Teacher-only text in a lesson: the `::: teacher` block and the rule that keeps teacher
directions out of callouts. Pure Python, no Django; the file parser and the admin's callout
block both ask `teacher_callout_problem`, so the two refuse the same thing in the same words.

Why a rule and not only a new block: a callout is shown to students. A callout titled "For
teachers" was how teacher directions were written before the teacher block existed, and an
author who keeps the habit would put "don't ask which games children play" in front of the
children again.
"""

from __future__ import annotations

import re

DEFAULT_TITLE = "For teachers"

# Titles that say the text is addressed to the teacher ("For teachers", "Teacher note",
# "Notes for the teacher", "Teacher's notes"); "Ask a teacher" is addressed to the student.
_TEACHER_TITLE = re.compile(
    r"^\s*(for\s+(the\s+)?teachers?|teachers?('s|s')?\s+notes?|notes?\s+for\s+(the\s+)?teachers?)\b",
    re.IGNORECASE,
)


def is_teacher_title(title: str) -> bool:
    return bool(_TEACHER_TITLE.match(title or ""))


def teacher_callout_problem(title: str) -> str | None:
    """What is wrong with a callout of this title, or None."""
    if is_teacher_title(title):
        return (
            f"the callout {title.strip()!r} is for teachers, but students see callouts; "
            "write it as '::: teacher' (students never receive it)"
        )
    return None
