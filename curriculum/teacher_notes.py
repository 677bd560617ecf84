"""Who reads a lesson's teacher notes, and where they sit in the LMS flow.

The rule, and why:
- In the LMS lesson flow, a note reaches a member of the link's course whose role there is
  teacher, and nobody else. A student (or a member whose LMS sent no role we know) never gets
  it in the HTML at all: the student's steps are built without teacher notes (they have no step
  in `BLOCK_STEP`), and the block renders nothing unless a page has decided the reader may see it.
- On the public lesson page (what the deep-linking picker opens for a teacher choosing lessons,
  and the admin preview) the notes are shown to every reader: teachers plan there, and they
  arrive unsigned (an LMS session lives in the iframe's own cookies, lti/middleware.py, which
  public pages never read), so the page cannot tell a teacher from anyone else. The notes hold
  preparation and safeguarding directions, nothing confidential; what matters is that a student
  working through the lesson in the LMS never has them on the screen beside the activity.
- Staff with admin access (editors, safeguarding leads) see them in the admin's preview too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lessons_content.vocabulary import BLOCK_STEP
from lti.models import CourseMembership, Role

TEACHER_NOTE = "teacher_note"


def is_staff(user: Any) -> bool:
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))
    )


def course_member_sees_notes(user: Any, course_id: int) -> bool:
    """In the LMS flow of one course: its teachers only."""
    if user is None or not user.is_authenticated:
        return False
    return CourseMembership.objects.filter(
        user=user, course_id=course_id, role=Role.TEACHER
    ).exists()


def notes_by_step(body: Iterable[Any]) -> dict[str, list[Any]]:
    """Each teacher note under the step of the block that follows it in the body (a note is
    written just before what it prepares: "before the activity, print the cards"); notes after
    the last student block go with the step of the block before them."""
    by_step: dict[str, list[Any]] = {}
    waiting: list[Any] = []
    last_step = None
    for block in body:
        if block.block_type == TEACHER_NOTE:
            waiting.append(block)
            continue
        step = BLOCK_STEP.get(block.block_type)
        if step is None:
            continue
        if waiting:
            by_step.setdefault(step, []).extend(waiting)
            waiting = []
        last_step = step
    if waiting and last_step is not None:
        by_step.setdefault(last_step, []).extend(waiting)
    return by_step
