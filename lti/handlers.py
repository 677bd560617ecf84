"""What a verified launch leads to is the product's business, not lti's.

lti verifies a launch and records who and where (user, course, membership); the app that
owns the content registers one `LaunchHandler` (curriculum does, in its AppConfig.ready) that
says which link a resource-link launch opens and where each person lands, and where the
picker for a deep-linking launch lives. lti imports nothing of that app.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from django.core.exceptions import ImproperlyConfigured

if TYPE_CHECKING:
    from lti.deep_linking import PickerSession
    from lti.launch import LaunchContext
    from lti.models import Course, CourseMembership, ResourceLink


@dataclass(frozen=True, slots=True)
class RecordedLaunch:
    """A verified launch and what lti recorded for it."""

    context: LaunchContext
    user: Any
    course: Course
    membership: CourseMembership


@dataclass(frozen=True, slots=True)
class Landing:
    """Where the person goes next, and the link the launch opened (None for a launch that
    opens no link, such as a teacher's course-navigation launch)."""

    url: str
    resource_link: ResourceLink | None = None


class LaunchHandler(Protocol):
    def resource_link_launched(self, launch: RecordedLaunch) -> Landing:
        """Called inside the launch's transaction; may record the link (with
        `lti.actions.record_resource_link`) and raise `LaunchRejected` to undo the launch."""

    def picker_url(self, picker: PickerSession) -> str:
        """The page where the teacher of a verified deep-linking launch chooses what to place."""


_handler: LaunchHandler | None = None


def register_launch_handler(handler: LaunchHandler) -> None:
    global _handler
    _handler = handler


def launch_handler() -> LaunchHandler:
    if _handler is None:
        raise ImproperlyConfigured(
            "No LTI launch handler is registered: an installed app must call "
            "lti.handlers.register_launch_handler() in its AppConfig.ready()."
        )
    return _handler
