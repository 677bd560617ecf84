"""The student's lesson flow, as launched from the LMS. Thin: each step kind's module in
`curriculum.steps` acts on a submission, and `curriculum.learn` gathers what the pages show."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_http_methods

from curriculum import learn
from curriculum.access import AccessDenied, learner_link, sees_classmates_work
from curriculum.steps import KINDS, AnswerError, LessonPlan
from curriculum.steps.kind import Submission
from curriculum.steps.record import resume_step, start_or_resume, visit_step
from lessons_content.vocabulary import ENGLISH
from lti.decorators import lti_frameable


def lms_render(
    request: HttpRequest, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    """The product's words around a lesson (steps, buttons, progress, errors) in the student's
    language (the launch's locale, through LocaleMiddleware); the lesson's own text stays in the
    lesson's language. Without this the page would be in its content's language (base.html)."""
    # The lesson's own words keep their language for screen readers (lessons are English).
    context = {**context, "language": get_language(), "lesson_language": ENGLISH}
    return render(request, template, context, status=status)


def forbidden(request: HttpRequest, exc: AccessDenied) -> HttpResponse:
    # A post or reflection sent after the session ended (a frame left open overnight) cannot be
    # saved: its words are given back to copy, so opening the lesson again loses nothing.
    unsaved = request.POST.get("text", "").strip() if request.method == "POST" else ""
    context = {"message": exc.message, "unsaved": unsaved}
    return lms_render(request, "curriculum/learn/forbidden.html", context, status=403)


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


def screen_number(request: HttpRequest) -> int:
    """The screen of a step shown screen by screen (K-2) that the pupil asked for; 1 for
    anything that is not a small number."""
    asked = request.GET.get("screen", "")
    return int(asked) if asked.isdecimal() and len(asked) < 4 else 1


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
        try:
            return KINDS[step.key].submit(Submission(request, link, plan, step, own_work_only))
        except AnswerError as exc:
            # Shown again with the message and what the student sent, so nothing is lost.
            progress = start_or_resume(request.user, link)
            page = learn.step_page(
                link,
                plan,
                step,
                progress,
                own_work_only=own_work_only,
                posted=request.POST.dict(),
                refused=exc,
            )
            return lms_render(request, "curriculum/learn/step.html", page.context(), status=400)
    progress = visit_step(request.user, link, step.key)
    page = learn.step_page(
        link,
        plan,
        step,
        progress,
        own_work_only=own_work_only,
        retry=request.GET.get("retry") == "1",
        screen=screen_number(request),
    )
    return lms_render(request, "curriculum/learn/step.html", page.context())


@lms_page
@require_GET
def learn_summary(request: HttpRequest, resource_link_id: int) -> HttpResponse:
    link, _ = learner_link(request.user, resource_link_id)
    progress = start_or_resume(request.user, link)
    context = learn.summary(link, LessonPlan.of(link.lesson_link.lesson), progress)
    return lms_render(request, "curriculum/learn/summary.html", context)


@lms_page
@require_GET
def my_progress(request: HttpRequest, resource_link_id: int) -> HttpResponse:
    link, _ = learner_link(request.user, resource_link_id)
    return lms_render(
        request,
        "curriculum/learn/my_progress.html",
        {
            "link": link,
            "courses": learn.own_progress(request.user),
        },
    )
