"""Writes that follow a verified launch: the user, the course, the membership, the link.
What the launch opens, and where the person lands, the registered launch handler decides."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from lti.deep_linking import open_picker
from lti.handlers import RecordedLaunch, launch_handler
from lti.launch import LaunchContext
from lti.models import Course, CourseMembership, LtiIdentity, ResourceLink


@dataclass(frozen=True, slots=True)
class LaunchResult:
    user: object
    course: Course
    membership: CourseMembership
    resource_link: ResourceLink | None
    landing_url: str


def username_for(platform_id: int, sub: str) -> str:
    # The registration, not the issuer: two registrations claiming one issuer get two users.
    return "lti-" + hashlib.sha256(f"platform:{platform_id}|{sub}".encode()).hexdigest()[:20]


def upsert_user(ctx: LaunchContext):
    identity = (
        LtiIdentity.objects.select_related("user")
        .filter(platform_id=ctx.platform_id, sub=ctx.sub)
        .first()
    )
    if identity is None:
        user = get_user_model()(username=username_for(ctx.platform_id, ctx.sub))
        user.set_unusable_password()
        user.save()
        identity = LtiIdentity.objects.create(
            user=user, platform_id=ctx.platform_id, sub=ctx.sub, name=ctx.name
        )
    elif ctx.name and identity.name != ctx.name:
        identity.name = ctx.name
        identity.save(update_fields=["name"])
    return identity.user


def record_resource_link(ctx: LaunchContext, course: Course, title: str = "") -> ResourceLink:
    """The link this launch opened, in its course, with its gradebook column when the platform
    named one. Called by the launch handler once it knows the link opens something."""
    resource_link, _ = ResourceLink.objects.update_or_create(
        course=course,
        resource_link_id=ctx.resource_link_id,
        defaults={"title": ctx.resource_link_title or title},
    )
    if ctx.line_item_url and resource_link.line_item_url != ctx.line_item_url:
        resource_link.line_item_url = ctx.line_item_url
        resource_link.save(update_fields=["line_item_url"])
    return resource_link


def course_context_id(ctx: LaunchContext) -> str:
    """The course's id: the launch's context, or, for a launch without one (LTI allows it),
    its resource link's. A resource link id may already use all 255 characters the column
    holds, so a long one is named by its hash."""
    if ctx.context_id:
        return ctx.context_id
    by_link = f"link:{ctx.resource_link_id}"
    if len(by_link) <= Course._meta.get_field("context_id").max_length:
        return by_link
    return "link-sha256:" + hashlib.sha256(ctx.resource_link_id.encode()).hexdigest()


@transaction.atomic
def record_launch(ctx: LaunchContext) -> LaunchResult:
    """Record who launched and where, then ask the launch handler where they land. A
    `LaunchRejected` from the handler undoes the whole launch."""
    user = upsert_user(ctx)
    context_id = course_context_id(ctx)
    # The course belongs to the registration that launched it; a launch never moves it.
    course, _ = Course.objects.get_or_create(
        platform_id=ctx.platform_id, deployment_id=ctx.deployment_id, context_id=context_id
    )
    course.title = ctx.context_title or course.title
    course.memberships_url = ctx.memberships_url or course.memberships_url
    course.lineitems_url = ctx.lineitems_url or course.lineitems_url
    course.save(update_fields=["title", "memberships_url", "lineitems_url"])
    membership, _ = CourseMembership.objects.update_or_create(
        course=course, user=user, defaults={"role": ctx.role, "last_launch_at": timezone.now()}
    )
    handler = launch_handler()
    if ctx.is_deep_linking:
        picker = open_picker(ctx, user.pk)
        return LaunchResult(user, course, membership, None, handler.picker_url(picker))
    landing = handler.resource_link_launched(RecordedLaunch(ctx, user, course, membership))
    return LaunchResult(user, course, membership, landing.resource_link, landing.url)
