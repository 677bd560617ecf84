"""Teacher notes in the LMS flow: `{% teacher_notes_for_step %}` in a step's page prints the
notes that prepare this step, for a teacher of the link's course, and nothing for anyone else.
(The public lesson page shows them in place with `{% with teacher_notes_visible=True %}`.)

`TeacherNoteBlock` renders only where `teacher_notes_visible` is true in the context, so
setting it under that name is what lets the notes through; the rules are in
`curriculum.teacher_notes`.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string

from curriculum import teacher_notes
from curriculum.blocks import TEACHER_NOTES_VISIBLE

register = template.Library()


def _user(context: Any) -> Any:
    request = context.get("request")
    return getattr(request, "user", None)


@register.simple_tag(takes_context=True)
def teacher_notes_for_step(context: Any) -> str:
    """The notes of this step for a teacher of the link's course; "" for anyone else."""
    link, lesson, step = context.get("link"), context.get("lesson"), context.get("step")
    if link is None or lesson is None or step is None:
        return ""
    if not teacher_notes.course_member_sees_notes(_user(context), link.course_id):
        return ""
    notes = teacher_notes.notes_by_step(lesson.body).get(step.key)
    if not notes:
        return ""
    return render_to_string(
        "curriculum/includes/teacher_notes.html",
        {"notes": notes, TEACHER_NOTES_VISIBLE: True},
        request=context.get("request"),
    )
