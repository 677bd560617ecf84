"""What a step kind is: the template that shows it, the context that template reads, and what
happens when the student submits it. Each kind is one module of `curriculum.steps` exposing a
`KIND`; completion rules are registered by the kinds in `curriculum.steps.record`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from curriculum.models import LessonProgress
from curriculum.steps.plan import AnswerError, LessonPlan, Step
from lti.models import ResourceLink


def step_url(link: ResourceLink, key: str) -> str:
    return reverse("curriculum:learn_step", args=[link.pk, key])


def summary_url(link: ResourceLink) -> str:
    return reverse("curriculum:learn_summary", args=[link.pk])


def next_url(link: ResourceLink, plan: LessonPlan, key: str) -> str:
    following = plan.next_step(key)
    return step_url(link, following.key) if following else summary_url(link)


@dataclass(frozen=True, slots=True)
class StepView:
    """One showing of a step to a student: after a GET, or after a refused submission."""

    link: ResourceLink
    plan: LessonPlan
    step: Step
    progress: LessonProgress
    # A member without a known course role sees only their own work.
    own_work_only: bool = False
    retry: bool = False
    posted: dict[str, str] = field(default_factory=dict)
    refused: AnswerError | None = None
    # Which screen of a step shown screen by screen (K-2, curriculum.steps.screens).
    screen: int = 1


@dataclass(frozen=True, slots=True)
class Submission:
    """A student's POST to a step, for the kind to act on."""

    request: HttpRequest
    link: ResourceLink
    plan: LessonPlan
    step: Step
    own_work_only: bool = False

    @property
    def data(self) -> Any:
        return self.request.POST


@dataclass(frozen=True, slots=True)
class StepKind:
    key: str
    template: str
    # The template's own context (the page around it is built by curriculum.learn).
    context: Callable[[StepView], dict[str, Any]]
    # Acts on a submission and answers with a redirect; raises AnswerError to show the step
    # again with the message and what the student sent.
    submit: Callable[[Submission], HttpResponse]
