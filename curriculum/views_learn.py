"""The student's lesson flow, as launched from the LMS. Thin: the work is in
`curriculum.progress` (writes) and `curriculum.learn` (what the pages show)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from curriculum import learn
from curriculum.access import AccessDenied, learner_link, sees_classmates_work
from curriculum.progress import (
    AnswerError,
    LessonPlan,
    StaleReflection,
    complete_step,
    post_to_discussion,
    resume_step,
    save_reflection,
    start_or_resume,
    submit_quiz,
    visit_step,
)
from curriculum.steps import DISCUSSION, QUIZ, REFLECTION
from lti.decorators import lti_frameable


def forbidden(request: HttpRequest, exc: AccessDenied) -> HttpResponse:
    return render(request, "curriculum/learn/forbidden.html", {"message": exc.message}, status=403)


def lms_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A page the LMS shows in its iframe after the launch redirects there: framed only as lti/
    allows (CSP frame-ancestors), and refused with a clear page to anyone without a membership."""

    @lti_frameable
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except AccessDenied as exc:
            return forbidden(request, exc)

    return wrapper


@lms_page
@require_GET
def learn_start(request: HttpRequest, resource_link_id: int) -> HttpResponse:
    link, _ = learner_link(request.user, resource_link_id)
    progress = start_or_resume(request.user, link)
    step = resume_step(progress, LessonPlan.of(link.lesson_link.lesson))
    if step is None:
        return redirect("curriculum:learn_summary", link.pk)
    return redirect("curriculum:learn_step", link.pk, step.key)


@lms_page
@require_http_methods(["GET", "POST"])
def learn_step(request: HttpRequest, resource_link_id: int, step_key: str) -> HttpResponse:
    link, membership = learner_link(request.user, resource_link_id)
    plan = LessonPlan.of(link.lesson_link.lesson)
    step = plan.step(step_key)
    if step is None:
        raise Http404("This lesson has no such step.")
    own_work_only = not sees_classmates_work(membership)
    if request.method == "POST":
        return _submit(request, link, plan, step.key, own_work_only)
    progress = visit_step(request.user, link, step.key)
    page = learn.step_page(link, plan, step, progress, retry=request.GET.get("retry") == "1")
    return render(request, "curriculum/learn/step.html", _shown(page, own_work_only))


def _shown(page: learn.StepPage, own_work_only: bool) -> dict[str, Any]:
    """The page's context; for a member without a known course role, the discussion holds
    only their own posts (and none of the replies others wrote to them)."""
    if own_work_only and "thread" in page.extra:
        viewer_id = page.progress.user_id
        page.extra["thread"] = [
            replace(item, replies=[r for r in item.replies if r.post.author_id == viewer_id])
            for item in page.extra["thread"]
            if item.post.author_id == viewer_id
        ]
    return page.context()


def _submit(
    request: HttpRequest, link: Any, plan: LessonPlan, key: str, own_work_only: bool = False
) -> HttpResponse:
    user, data = request.user, request.POST
    here = learn.step_url(link, key)
    try:
        if key == QUIZ:
            submit_quiz(
                user, link, plan, data.dict(), data.get("token", ""), data.get("fingerprint", "")
            )
            return redirect(here + "#result")
        if key == REFLECTION:
            reflection = save_reflection(
                user, link, plan, data.get("text", ""), _int(data.get("revision"))
            )
            messages.success(
                request,
                reflection.moderation_message
                or "Your reflection is saved. Only you and your teacher can read it.",
            )
            _offer_support(request, reflection)
            return redirect(here)
        if key == DISCUSSION:
            post = post_to_discussion(
                user,
                link,
                plan,
                data.get("text", ""),
                data.get("token", ""),
                # Replies go to posts one can read: not another's, for a member without a role.
                None if own_work_only else (_int(data.get("parent")) or None),
            )
            messages.success(
                request, post.moderation_message or "Your post is shared with your class."
            )
            _offer_support(request, post)
            return redirect(f"{here}#post-{post.pk}")
        complete_step(user, link, plan, key)
        following = plan.next_step(key)
        return redirect(
            learn.step_url(link, following.key) if following else learn.summary_url(link)
        )
    except AnswerError as exc:
        progress = start_or_resume(user, link)
        page = learn.step_page(
            link,
            plan,
            plan.step(key),
            progress,
            error=exc.message,
            posted=data.dict(),
            stale_reflection=exc.saved if isinstance(exc, StaleReflection) else None,
        )
        return render(
            request, "curriculum/learn/step.html", _shown(page, own_work_only), status=400
        )


def _offer_support(request: HttpRequest, saved: Any) -> None:
    """The school's help contacts, at once, when what the student wrote suggests self-harm."""
    support = getattr(saved, "support_message", "")
    if support:
        messages.info(request, support, extra_tags="support")


def _int(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0


@lms_page
@require_GET
def learn_summary(request: HttpRequest, resource_link_id: int) -> HttpResponse:
    link, _ = learner_link(request.user, resource_link_id)
    progress = start_or_resume(request.user, link)
    context = learn.summary(link, LessonPlan.of(link.lesson_link.lesson), progress)
    return render(request, "curriculum/learn/summary.html", context)


@lms_page
@require_GET
def my_progress(request: HttpRequest, resource_link_id: int) -> HttpResponse:
    link, _ = learner_link(request.user, resource_link_id)
    return render(
        request,
        "curriculum/learn/my_progress.html",
        {
            "link": link,
            "courses": learn.own_progress(request.user),
        },
    )
