"""The class discussion: a thread per (course, lesson), one level of replies, every post read
by moderation before classmates see it, and a member without a course role seeing only their
own posts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.models import DiscussionPost, LessonProgress
from curriculum.models.progress import shown_to_others
from curriculum.steps.answers import clean_answer, form_int, offer_support
from curriculum.steps.kind import StepKind, StepView, Submission, step_url
from curriculum.steps.plan import AnswerError, LessonPlan
from curriculum.steps.record import check_completion, completion_rule, locked_progress, mark_done
from lessons_content.vocabulary import DISCUSSION
from lti.models import ResourceLink
from moderation.flags.services import moderate_post, support_message_again

# A student writes a post and a few replies in a minute; faster than this is a flood (a script,
# a stuck key), and every post is shown to the class, scanned, and may notify staff.
POSTS_PER_MINUTE = 6
FLOOD_WINDOW = timedelta(minutes=1)
# Back after posting puts the words back in the box with a fresh form token (the draft is kept
# on purpose), so the same words from the same student at the same place this soon are a retry.
REPEAT_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class ThreadPost:
    post: DiscussionPost
    author_name: str
    replies: list[ThreadPost]
    # Every form on a page needs its own token, or a reply would be taken for the post before it.
    reply_token: str


def display_name(user: Any) -> str:
    identity = getattr(user, "lti_identity", None)
    return (identity.name if identity else "") or user.get_full_name() or user.get_username()


def _visible_to(user: Any) -> Q:
    return shown_to_others() | Q(author=user)


def discussion_thread(course_id: int, lesson_id: int, viewer: Any) -> list[ThreadPost]:
    """The course's thread for a lesson: visible posts, plus the viewer's own held ones."""
    posts = list(
        DiscussionPost.objects.filter(course_id=course_id, lesson_id=lesson_id)
        .filter(_visible_to(viewer))
        .select_related("author__lti_identity", "moderated_post")
    )
    replies: dict[int, list[ThreadPost]] = {}
    for post in posts:
        if post.parent_id is not None:
            replies.setdefault(post.parent_id, []).append(
                ThreadPost(post, display_name(post.author), [], "")
            )
    return [
        ThreadPost(root, display_name(root.author), replies.get(root.pk, []), str(uuid.uuid4()))
        for root in posts
        if root.parent_id is None
    ]


def own_posts_only(thread: list[ThreadPost], viewer_id: int) -> list[ThreadPost]:
    """The viewer's own posts, and none of the replies others wrote to them."""
    return [
        replace(item, replies=[r for r in item.replies if r.post.author_id == viewer_id])
        for item in thread
        if item.post.author_id == viewer_id
    ]


def _shown_again(post: DiscussionPost) -> DiscussionPost:
    """A post the same form (or the same words) made a moment ago, with the help contacts its
    first sending gave: a double tap must not take them from the student's screen."""
    post.support_message = support_message_again(post.moderated_post_id)
    return post


def _same_post_just_made(
    user: Any, link: ResourceLink, parent: DiscussionPost | None, text: str, now: datetime
) -> DiscussionPost | None:
    """The student's post of these very words, in this thread and under the same parent, made
    within REPEAT_WINDOW: the one a retry should land on."""
    return (
        DiscussionPost.objects.filter(
            author=user,
            course_id=link.course_id,
            lesson_id=link.lesson_link.lesson_id,
            parent=parent,
            text=text,
            created_at__gt=now - REPEAT_WINDOW,
        )
        .order_by("-created_at", "-pk")
        .first()
    )


@transaction.atomic
def post_to_discussion(
    user: Any,
    link: ResourceLink,
    plan: LessonPlan,
    text: str,
    token: str,
    parent_id: int | None = None,
    now: datetime | None = None,
) -> DiscussionPost:
    """Add a post (or a reply) to the course's thread for this lesson, once per form."""
    now = now or timezone.now()
    cleaned = clean_answer(text, "post")
    try:
        token_uuid = uuid.UUID(token)
    except (TypeError, ValueError):
        raise AnswerError(_("This form has expired. Please write your post again.")) from None
    progress = locked_progress(user, link, now)
    existing = DiscussionPost.objects.filter(author=user, token=token_uuid).first()
    if existing is not None:
        return _shown_again(existing)
    parent = None
    if parent_id is not None:
        parent = (
            DiscussionPost.objects.filter(
                pk=parent_id, course_id=link.course_id, lesson_id=link.lesson_link.lesson_id
            )
            .filter(_visible_to(user))
            .first()
        )
        if parent is None:
            raise AnswerError(_("The post you replied to is not available any more."))
        # One level of replies keeps the thread readable in a narrow LMS frame.
        if parent.parent_id is not None:
            parent = parent.parent
    repeated = _same_post_just_made(user, link, parent, cleaned, now)
    if repeated is not None:
        return _shown_again(repeated)
    # Counted under the lock of the student's progress row, so a burst is served one by one.
    recent = DiscussionPost.objects.filter(
        author=user, course_id=link.course_id, created_at__gt=now - FLOOD_WINDOW
    ).count()
    if recent >= POSTS_PER_MINUTE:
        raise AnswerError(
            _(
                "You have posted %(count)d times in the last minute. Wait a minute, then post "
                "again: what you wrote is still here."
            )
            % {"count": recent}
        )
    target = parent.author if parent is not None and parent.author_id != user.pk else None
    outcome = moderate_post(text, author=user, course=link.course, kind="discussion", target=target)
    try:
        with transaction.atomic():
            post = DiscussionPost.objects.create(
                course_id=link.course_id,
                lesson_id=link.lesson_link.lesson_id,
                parent=parent,
                author=user,
                text=outcome.text,
                moderated_post_id=outcome.post_id,
                token=token_uuid,
                created_at=now,
            )
    except IntegrityError:
        return _shown_again(DiscussionPost.objects.get(author=user, token=token_uuid))
    post.support_message = outcome.support_message  # shown once, by the view
    mark_done(progress, plan, DISCUSSION)
    check_completion(progress, plan, link, now)
    return post


@completion_rule("discussion")
def posted_in_discussion(progress: LessonProgress, plan: LessonPlan) -> bool:
    return (
        DISCUSSION not in plan.has
        or DiscussionPost.objects.filter(
            author_id=progress.user_id,
            course_id=progress.resource_link.course_id,
            lesson_id=plan.lesson.pk,
        ).exists()
    )


def context(view: StepView) -> dict[str, Any]:
    thread = discussion_thread(
        view.link.course_id, view.link.lesson_link.lesson_id, view.progress.user
    )
    if view.own_work_only:
        thread = own_posts_only(thread, view.progress.user_id)
    return {
        "thread": thread,
        "post_token": str(uuid.uuid4()),
        "posted_text": view.posted.get("text", ""),
        "reply_to": view.posted.get("parent", ""),
    }


def submit(sub: Submission) -> HttpResponse:
    post = post_to_discussion(
        sub.request.user,
        sub.link,
        sub.plan,
        sub.data.get("text", ""),
        sub.data.get("token", ""),
        # Replies go to posts one can read: not another's, for a member without a role.
        None if sub.own_work_only else (form_int(sub.data.get("parent")) or None),
    )
    messages.success(
        sub.request, post.moderation_message or _("Your post is shared with your class.")
    )
    offer_support(sub.request, post)
    # The help contacts are with the messages at the top of the page: a student who needs them
    # lands there, not on their post further down (on a phone, a screen or more below them).
    anchor = "messages" if getattr(post, "support_message", "") else f"post-{post.pk}"
    return redirect(f"{step_url(sub.link, DISCUSSION)}#{anchor}")


KIND = StepKind(
    key=DISCUSSION,
    template="curriculum/learn/steps/discussion.html",
    context=context,
    submit=submit,
)
