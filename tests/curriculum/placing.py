"""A lesson placed in a course, as a teacher's deep-linking choice and a launch leave it: lti's
link in the course, and curriculum's note of the lesson it opens."""

from __future__ import annotations

from curriculum.launch import link_lesson
from lti.models import Course, ResourceLink


def placed_link(*, course: Course, resource_link_id: str, lesson, **fields) -> ResourceLink:
    link = ResourceLink.objects.create(course=course, resource_link_id=resource_link_id, **fields)
    link_lesson(link, lesson)
    return link
