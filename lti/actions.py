"""Writes that follow a verified launch: the user, the course, the membership, the link."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from curriculum.models import LessonPage
from lti.launch import LaunchContext, LaunchRejected
from lti.models import Course, CourseMembership, LtiIdentity, ResourceLink, Role


@dataclass(frozen=True, slots=True)
class LaunchResult:
    user: object
    course: Course
    membership: CourseMembership
    resource_link: ResourceLink | None


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


def _lesson_for(ctx: LaunchContext, course: Course) -> LessonPage | None:
    existing = ResourceLink.objects.filter(
        course=course, resource_link_id=ctx.resource_link_id
    ).first()
    # The lesson id travels in the link's custom parameters, so a link in a copied course
    # (new resource link id, maybe new deployment) still opens the lesson it was made for.
    if ctx.lesson_id is not None:
        lesson = LessonPage.objects.live().filter(pk=ctx.lesson_id).first()
        if lesson is not None:
            return lesson
    return existing.lesson if existing else None


@transaction.atomic
def record_launch(ctx: LaunchContext) -> LaunchResult:
    user = upsert_user(ctx)
    context_id = ctx.context_id or f"link:{ctx.resource_link_id}"
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
    resource_link = None
    if not ctx.is_deep_linking:
        lesson = _lesson_for(ctx, course)
        if lesson is None and ctx.role == Role.TEACHER:
            return LaunchResult(user, course, membership, None)
        if lesson is None:
            raise LaunchRejected(
                "unknown_lesson",
                "This link has no lesson yet. A teacher can choose one by editing the link "
                "in the course.",
                404,
            )
        resource_link, _ = ResourceLink.objects.update_or_create(
            course=course,
            resource_link_id=ctx.resource_link_id,
            defaults={"lesson": lesson, "title": ctx.resource_link_title or lesson.title},
        )
        if ctx.line_item_url and resource_link.line_item_url != ctx.line_item_url:
            resource_link.line_item_url = ctx.line_item_url
            resource_link.save(update_fields=["line_item_url"])
    return LaunchResult(user, course, membership, resource_link)
