"""Who reads a lesson's teacher notes, and where they sit in the LMS flow.

The rule, and why:
- In the LMS lesson flow, a note reaches a member of the link's course whose role there is
  teacher, and nobody else. A student (or a member whose LMS sent no role we know) never gets
  it in the HTML at all: the student's steps are built without teacher notes (they have no step
  in `BLOCK_STEP`), and the block renders nothing unless a page has decided the reader may see it.
- On the public lesson page (what the deep-linking picker opens for a teacher choosing lessons,
  and the admin preview) the notes are shown: teachers plan there, and the notes hold preparation
  and safeguarding directions, nothing confidential. The one reader who does not get them is a
  browser signed in through student launches only (a student who opens the overview from their
  LMS session), so a student session never shows them anywhere.
- Staff with admin access (editors, safeguarding leads) see them everywhere they can see a lesson.
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


def public_page_shows_notes(user: Any) -> bool:
    """On the public lesson page: everyone except a browser signed in as a student only."""
    if user is None or not user.is_authenticated or is_staff(user):
        return True
    roles = set(CourseMembership.objects.filter(user=user).values_list("role", flat=True))
    return not roles or Role.TEACHER in roles


def course_member_sees_notes(user: Any, course_id: int) -> bool:
    """In the LMS flow of one course: its teachers only."""
    if user is None or not user.is_authenticated:
        return False
    return CourseMembership.objects.filter(
        user=user, course_id=course_id, role=Role.TEACHER
    ).exists()


def without_hidden_notes(body: Iterable[Any], visible: bool) -> list[Any]:
    """The body's blocks, less the teacher notes when the reader may not see them."""
    return [block for block in body if visible or block.block_type != TEACHER_NOTE]


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
