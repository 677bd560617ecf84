"""What a verified LTI launch opens: curriculum's answer to lti's launch handler hook.

lti verifies the launch and records the person, course and membership; here a resource-link
launch is tied to its lesson (LessonLink) and each person is sent on: learners to the lesson,
teachers to the course dashboard, a deep-linking teacher to the lesson picker.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy

from curriculum.models import LessonLink, LessonPage
from lti.actions import record_resource_link
from lti.deep_linking import PickerSession
from lti.handlers import Landing, RecordedLaunch
from lti.launch import LaunchRejected
from lti.models import ResourceLink, Role

NO_LESSON_YET = gettext_lazy(
    "This link has no lesson yet. A teacher can choose one by editing the link in the course."
)


def lesson_for(launch: RecordedLaunch) -> LessonPage | None:
    """The lesson a link opens: the one named in its custom parameters, else the one it
    opened before."""
    ctx = launch.context
    # The lesson id travels in the link's custom parameters, so a link in a copied course
    # (new resource link id, maybe new deployment) still opens the lesson it was made for.
    if ctx.lesson_id is not None:
        lesson = LessonPage.objects.live().filter(pk=ctx.lesson_id).first()
        if lesson is not None:
            return lesson
    existing = (
        LessonLink.objects.select_related("lesson")
        .filter(
            resource_link__course=launch.course,
            resource_link__resource_link_id=ctx.resource_link_id,
        )
        .first()
    )
    return existing.lesson if existing else None


def link_lesson(resource_link: ResourceLink, lesson: LessonPage) -> LessonLink:
    link, _ = LessonLink.objects.update_or_create(
        resource_link=resource_link, defaults={"lesson": lesson}
    )
    return link


class LessonLaunchHandler:
    """Registered with lti in CurriculumConfig.ready()."""

    def resource_link_launched(self, launch: RecordedLaunch) -> Landing:
        lesson = lesson_for(launch)
        is_teacher = launch.context.role == Role.TEACHER
        if lesson is None and not is_teacher:
            raise LaunchRejected("unknown_lesson", NO_LESSON_YET, 404)
        resource_link = None
        if lesson is not None:
            resource_link = record_resource_link(launch.context, launch.course, lesson.title)
            link_lesson(resource_link, lesson)
        if resource_link is not None and not is_teacher:
            return Landing(reverse("curriculum:learn", args=[resource_link.pk]), resource_link)
        # Teachers go to the dashboard, from a lesson link or a course-navigation launch.
        return Landing(reverse("curriculum:dashboard", args=[launch.course.pk]), resource_link)

    def picker_url(self, picker: PickerSession) -> str:
        return reverse("curriculum:picker", args=[picker.launch_id])
