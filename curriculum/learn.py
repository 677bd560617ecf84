"""What the student's pages show, gathered for the templates (which hold no logic).

The page around a step (title, step list, progress bar) is built here; the step's own part
comes from its kind (`curriculum.steps.KINDS`). The quiz form carries only question and choice
texts: the answer key and the feedback are not in the template context before a try is scored,
so no template can print them by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from curriculum.models import LessonProgress, ProgressStatus
from curriculum.steps import KINDS, AnswerError, LessonPlan, Step
from curriculum.steps.kind import StepView, step_url, summary_url
from curriculum.steps.plan import MAX_ANSWER_CHARS
from curriculum.steps.record import RULES, rules_met
from lessons_content.vocabulary import COMPLETION_RULES
from lti.grades import gradebook_state
from lti.models import CourseMembership, ResourceLink, Role

# The same labels the editor ticks in the admin (the curriculum's vocabulary), in the student's
# language: the vocabulary is pure Python, so its English is the message id here.
RULE_LABELS = {
    "quiz": _("Pass the quiz (or use all your tries)"),
    "reflection": _("Write your reflection"),
    "discussion": _("Post in the discussion"),
    "all_steps": _("Finish every step"),
}
assert RULE_LABELS.keys() == COMPLETION_RULES.keys()
STATUS_LABELS = {
    ProgressStatus.NOT_STARTED: _("Not started"),
    ProgressStatus.IN_PROGRESS: _("In progress"),
    ProgressStatus.COMPLETED: _("Completed"),
}

__all__ = ["StepPage", "own_progress", "step_page", "step_url", "summary", "summary_url"]


@dataclass(frozen=True, slots=True)
class StepNav:
    step: Step
    url: str
    done: bool
    current: bool


@dataclass(frozen=True, slots=True)
class Rule:
    label: str
    met: bool
    url: str = ""  # the step the rule is about, while it is still to do


@dataclass(slots=True)
class StepPage:
    link: ResourceLink
    plan: LessonPlan
    step: Step
    progress: LessonProgress
    nav: list[StepNav]
    next_url: str
    error: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def done_count(self) -> int:
        return sum(1 for n in self.nav if n.done)

    @property
    def total(self) -> int:
        return len(self.nav)

    @property
    def completed(self) -> bool:
        return self.progress.status == ProgressStatus.COMPLETED

    def context(self) -> dict[str, Any]:
        return {
            "page_data": self,
            "link": self.link,
            "lesson": self.plan.lesson,
            "step": self.step,
            "progress": self.progress,
            "nav": self.nav,
            "done_count": self.done_count,
            "total": self.total,
            "next_url": self.next_url,
            "error": self.error,
            "max_chars": MAX_ANSWER_CHARS,
            "step_template": KINDS[self.step.key].template,
            **self.extra,
        }


def step_page(
    link: ResourceLink,
    plan: LessonPlan,
    step: Step,
    progress: LessonProgress,
    *,
    own_work_only: bool = False,
    retry: bool = False,
    posted: dict[str, str] | None = None,
    refused: AnswerError | None = None,
    screen: int = 1,
) -> StepPage:
    done = steps_done(progress, plan)
    nav = [StepNav(s, step_url(link, s.key), s.key in done, s.key == step.key) for s in plan.steps]
    following = plan.next_step(step.key)
    next_url = step_url(link, following.key) if following else summary_url(link)
    page = StepPage(link, plan, step, progress, nav, next_url, refused.message if refused else "")
    view = StepView(link, plan, step, progress, own_work_only, retry, posted or {}, refused, screen)
    page.extra.update(KINDS[step.key].context(view))
    return page


def steps_done(progress: LessonProgress, plan: LessonPlan) -> set[str]:
    """The steps to call done: visited, and the step's own completion rule met where the lesson
    has one. A quiz tried but not passed is still to do, so no step list says "Quiz (done)"
    while the summary says "Still to do: Pass the quiz" (on the step pages it did, with "5 of 7
    steps done", found walking `make demo`). Only a visited step's own rule is read."""
    rules = set(plan.lesson.completion_rules or [])
    visited = set(progress.steps_done)
    return {
        key for key in visited if key not in rules or key not in RULES or RULES[key](progress, plan)
    }


def summary(link: ResourceLink, plan: LessonPlan, progress: LessonProgress) -> dict[str, Any]:
    met = rules_met(progress, plan)
    steps = {s.key for s in plan.steps}
    completed = progress.status == ProgressStatus.COMPLETED
    rules = [
        Rule(
            RULE_LABELS.get(rule, rule), ok, "" if ok or rule not in steps else step_url(link, rule)
        )
        for rule, ok in met.items()
    ]
    return {
        "link": link,
        "lesson": plan.lesson,
        "progress": progress,
        "rules": rules,
        "completed": completed,
        "score_maximum": link.score_maximum,
        # Said only as far as it is true: a score is queued at once but sent by a task.
        "gradebook": gradebook_state(link, progress.user) if completed else "",
        # A step visited but whose rule is not met yet (a quiz tried, not passed) is not called
        # done here, beside the same rule listed as still to do.
        "nav": [
            StepNav(
                s,
                step_url(link, s.key),
                s.key in progress.steps_done and met.get(s.key, True),
                False,
            )
            for s in plan.steps
        ],
    }


@dataclass(frozen=True, slots=True)
class OwnLessonRow:
    link: ResourceLink
    url: str
    status: str
    status_label: str
    quiz_percent: int | None
    score_given: Any
    last_activity_at: Any


@dataclass(frozen=True, slots=True)
class OwnCourse:
    title: str
    rows: list[OwnLessonRow]


def own_progress(user: Any) -> list[OwnCourse]:
    """The student's lessons in every course they take, and nothing of anyone else's."""
    memberships = list(
        # A member without a known course role (Role.NONE) takes lessons too: their own work.
        CourseMembership.objects.filter(user=user, role__in=(Role.STUDENT, Role.NONE))
        .select_related("course")
        .order_by("course__title")
    )
    course_ids = [m.course_id for m in memberships]
    links = list(
        ResourceLink.objects.filter(course_id__in=course_ids)
        .select_related("lesson_link__lesson")
        .order_by("course_id", "pk")
    )
    progress = {
        p.resource_link_id: p
        for p in LessonProgress.objects.filter(user=user, resource_link__in=links)
    }
    courses = []
    for membership in memberships:
        rows = []
        for link in (li for li in links if li.course_id == membership.course_id):
            p = progress.get(link.pk)
            status = p.status if p else ProgressStatus.NOT_STARTED
            rows.append(
                OwnLessonRow(
                    link=link,
                    url=reverse("curriculum:learn", args=[link.pk]),
                    status=status,
                    status_label=str(STATUS_LABELS[status]),
                    quiz_percent=p.quiz_percent if p else None,
                    score_given=p.score_given if p else None,
                    last_activity_at=p.last_activity_at if p else None,
                )
            )
        courses.append(OwnCourse(str(membership.course), rows))
    return courses
