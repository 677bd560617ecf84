"""Who may open what: decided by course membership alone, never by the URL.

A student reaches a resource link only through a membership of its course; a teacher reaches
a course's dashboard only through a teacher membership of that course. A link or course that
does not exist is refused exactly like one the user may not see, so ids reveal nothing.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from lti.models import Course, CourseMembership, ResourceLink, Role

# Shown to the person refused, in their language (the refusal page is rendered in it).
NOT_SIGNED_IN = _(
    "You are not signed in to this lesson. Open it again from your course in Canvas or Moodle."
)
NOT_YOUR_COURSE = _(
    "This page belongs to a course you are not part of. Open your lessons from your course "
    "in Canvas or Moodle."
)
TEACHERS_ONLY = _("Only the teachers of this course can see its dashboard.")

# Who may take a course's lessons: its students, its teachers (to try them), and members whose
# LMS sent no course role we know (an empty or unknown roles claim): Role.NONE, the
# least-privileged learner, who does the lesson but sees only their own work.
LEARNER_ROLES = (Role.STUDENT, Role.TEACHER, Role.NONE)
# Who reads what classmates share (the lesson's class discussion).
CLASS_ROLES = (Role.STUDENT, Role.TEACHER)


class AccessDenied(PermissionDenied):
    def __init__(self, message: Any) -> None:
        super().__init__(message)
        self.message = message


def _require_signed_in(user: Any) -> None:
    if not user.is_authenticated:
        raise AccessDenied(NOT_SIGNED_IN)


def learner_link(user: Any, resource_link_id: int) -> tuple[ResourceLink, CourseMembership]:
    """The resource link, if `user` is a member of its course who may take lessons."""
    _require_signed_in(user)
    link = (
        ResourceLink.objects.select_related("course", "lesson_link__lesson")
        .filter(pk=resource_link_id)
        .first()
    )
    membership = None
    if link is not None:
        membership = CourseMembership.objects.filter(
            course_id=link.course_id, user=user, role__in=LEARNER_ROLES
        ).first()
    if link is None or membership is None:
        raise AccessDenied(NOT_YOUR_COURSE)
    return link, membership


def sees_classmates_work(membership: CourseMembership) -> bool:
    """Students and teachers read the class discussion; a member without a known course role
    reads only their own posts."""
    return membership.role in CLASS_ROLES


def teacher_course(user: Any, course_id: int) -> Course:
    """The course, if `user` teaches it."""
    _require_signed_in(user)
    membership = (
        CourseMembership.objects.select_related("course")
        .filter(course_id=course_id, user=user)
        .first()
    )
    if membership is None:
        raise AccessDenied(NOT_YOUR_COURSE)
    if membership.role != Role.TEACHER:
        raise AccessDenied(TEACHERS_ONLY)
    return membership.course
