"""The picker's state between the deep-linking launch and the teacher's choice, and the signed
response that tells the LMS which lessons to place (with a gradebook column each).

The picker itself (search, filters, which lessons) belongs to curriculum: it reads the verified
deep-linking context with `get_picker` and hands back the chosen lessons as plain data
(`ChosenLesson`: id and title) to `return_page`, which signs them for the LMS.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from lti.launch import LaunchContext
from lti.models import Platform
from lti.outbound import UnsafeUrl, origin_of
from lti.pylti1p3_adapter import DeepLinkItem, signed_deep_linking_response

logger = logging.getLogger("lti.deep_linking")

PICKER_LIFETIME = 3600


@dataclass(frozen=True, slots=True)
class PickerSession:
    launch_id: str
    user_id: int
    platform_id: int
    deployment_id: str
    settings: dict

    @property
    def accept_multiple(self) -> bool:
        value = self.settings.get("accept_multiple", True)
        return value not in (False, "false", "False")

    @property
    def return_url(self) -> str:
        return self.settings["deep_link_return_url"]

    @property
    def title(self) -> str:
        return str(self.settings.get("title") or "")


class PickerError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class ChosenLesson:
    """A lesson the teacher chose, as the LMS will see it."""

    id: int
    title: str


def _key(launch_id: str) -> str:
    return f"lti-picker-{launch_id}"


def open_picker(ctx: LaunchContext, user_id: int) -> PickerSession:
    picker = PickerSession(
        ctx.launch_id, user_id, ctx.platform_id, ctx.deployment_id, ctx.deep_linking_settings
    )
    cache.set(_key(ctx.launch_id), picker, PICKER_LIFETIME)
    return picker


BAD_RETURN_URL = (
    "Your LMS gave Upstander an address to return to that is not one of its own, so no "
    "lessons can be sent back. Ask your LMS administrator to check the Upstander registration."
)


def check_return_url(picker: PickerSession, platform: Platform | None = None) -> str:
    """The deep-link return URL, if it is an http(s) address at one of the platform's own
    origins; the page posts the signed answer there (a `javascript:` URL would run in our
    page). Raises `PickerError` otherwise."""
    platform = platform or Platform.objects.filter(pk=picker.platform_id).first()
    url = picker.settings.get("deep_link_return_url")
    try:
        origin = str(origin_of(url))
    except UnsafeUrl:
        origin = None
    if platform is None or origin not in platform.web_origins():
        logger.warning("Deep-link return URL %r refused for platform %s", url, picker.platform_id)
        raise PickerError(BAD_RETURN_URL)
    return url


def get_picker(launch_id: str, user_id: int | None) -> PickerSession:
    picker = cache.get(_key(launch_id))
    if picker is None or picker.user_id != user_id:
        raise PickerError("This lesson picker has expired. Start again from your course.")
    check_return_url(picker)
    return picker


def close_picker(launch_id: str) -> None:
    cache.delete(_key(launch_id))


def items_for(lessons: list[ChosenLesson], launch_url: str) -> list[DeepLinkItem]:
    return [
        DeepLinkItem(
            title=lesson.title,
            url=launch_url,
            resource_id=f"upstander-lesson-{lesson.id}",
            # The lesson travels with the link, so copies of the course still find it.
            custom={"upstander_lesson": str(lesson.id)},
            score_maximum=settings.LTI_DEFAULT_SCORE_MAXIMUM,
            tag="upstander",
        )
        for lesson in lessons
    ]


def response_jwt(picker: PickerSession, lessons: list[ChosenLesson], launch_url: str) -> str:
    """The signed LtiDeepLinkingResponse, honouring accept_multiple and echoing `data`.

    No lessons is a valid answer: the teacher cancelled, and the LMS places nothing.
    """
    if len(lessons) > 1 and not picker.accept_multiple:
        raise PickerError("This course accepts one lesson at a time.")
    platform = Platform.objects.get(pk=picker.platform_id)
    check_return_url(picker, platform)
    return signed_deep_linking_response(
        platform, picker.deployment_id, picker.settings, items_for(lessons, launch_url)
    )


def return_page(
    request: HttpRequest, picker: PickerSession, lessons: list[ChosenLesson]
) -> HttpResponse:
    """The page that posts the signed response back to the LMS, in the iframe; the picker is
    used up. Raises `PickerError` (the picker stays open) when the answer cannot be sent."""
    token = response_jwt(picker, lessons, request.build_absolute_uri(reverse("lti:launch")))
    close_picker(picker.launch_id)
    return render(
        request, "lti/deep_link_return.html", {"return_url": picker.return_url, "jwt": token}
    )
