"""What the student's pages show, gathered for the templates (which hold no logic).

The quiz form is built from `QuizFormQuestion`s that carry only question and choice texts:
the answer key and the feedback are not in the template context before an attempt is scored,
so no template can print them by mistake.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse

from curriculum.models import LessonProgress, ProgressStatus, Reflection
from curriculum.progress import (
    MAX_ANSWER_CHARS,
    LessonPlan,
    answers_revealed,
    discussion_thread,
    quiz_attempts_left,
    review_attempt,
    rules_met,
)
from curriculum.steps import DISCUSSION, QUIZ, REFLECTION, Step
from lessons_content.vocabulary import COMPLETION_RULES
from lti.models import CourseMembership, ResourceLink, Role

# The same labels the editor ticks in the admin (the curriculum's vocabulary).
RULE_LABELS = COMPLETION_RULES


STEP_TEMPLATES = {
    QUIZ: "curriculum/learn/steps/quiz.html",
    REFLECTION: "curriculum/learn/steps/reflection.html",
    DISCUSSION: "curriculum/learn/steps/discussion.html",
}


@dataclass(frozen=True, slots=True)
class StepNav:
    step: Step
    url: str
    done: bool
    current: bool


@dataclass(frozen=True, slots=True)
class QuizFormQuestion:
    index: int
    number: int
    text: str
    choices: list[tuple[int, str]]
    chosen: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    label: str
    met: bool


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
            "step_template": STEP_TEMPLATES.get(
                self.step.key, "curriculum/learn/steps/content.html"
            ),
            **self.extra,
        }


def step_url(link: ResourceLink, key: str) -> str:
    return reverse("curriculum:learn_step", args=[link.pk, key])


def summary_url(link: ResourceLink) -> str:
    return reverse("curriculum:learn_summary", args=[link.pk])


def step_page(
    link: ResourceLink,
    plan: LessonPlan,
    step: Step,
    progress: LessonProgress,
    *,
    retry: bool = False,
    error: str = "",
    posted: dict[str, str] | None = None,
    stale_reflection: Reflection | None = None,
) -> StepPage:
    posted = posted or {}
    nav = [
        StepNav(s, step_url(link, s.key), s.key in progress.steps_done, s.key == step.key)
        for s in plan.steps
    ]
    following = plan.next_step(step.key)
    next_url = step_url(link, following.key) if following else summary_url(link)
    page = StepPage(link, plan, step, progress, nav, next_url, error)
    if step.key == QUIZ:
        page.extra.update(_quiz_context(plan, progress, retry=retry or bool(error), posted=posted))
    elif step.key == REFLECTION:
        page.extra.update(_reflection_context(progress, posted, stale_reflection))
    elif step.key == DISCUSSION:
        page.extra.update(
            {
                "thread": discussion_thread(
                    link.course_id, link.lesson_link.lesson_id, progress.user
                ),
                "post_token": str(uuid.uuid4()),
                "posted_text": posted.get("text", ""),
                "reply_to": posted.get("parent", ""),
            }
        )
    return page


def _quiz_context(
    plan: LessonPlan, progress: LessonProgress, *, retry: bool, posted: dict[str, str]
) -> dict[str, Any]:
    lesson = plan.lesson
    attempts = list(progress.quiz_attempts.all())
    latest = attempts[-1] if attempts else None
    left = quiz_attempts_left(progress, lesson)
    show_form = latest is None or (retry and left != 0)
    reveal = answers_revealed(progress, lesson)
    return {
        "quiz_questions": [
            QuizFormQuestion(
                index=i,
                number=i + 1,
                text=q.text,
                choices=[(ci, c.text) for ci, c in enumerate(q.choices)],
                chosen=posted.get(f"q{i}", ""),
            )
            for i, q in enumerate(plan.quiz.questions)
        ]
        if show_form
        else [],
        "show_quiz_form": show_form,
        "quiz_token": str(uuid.uuid4()),
        "quiz_fingerprint": plan.quiz.fingerprint,
        "attempt": None if show_form else latest,
        "review": review_attempt(latest, plan.quiz, reveal) if (latest and not show_form) else [],
        "answers_revealed": reveal,
        "attempts": attempts,
        "attempts_left": left,
        "unlimited": left is None,
        "attempts_total": lesson.quiz_attempts,
        "can_retry": left != 0,
        "pass_mark": lesson.pass_mark,
        "keep_score": lesson.get_keep_score_display(),
    }


def _reflection_context(
    progress: LessonProgress, posted: dict[str, str], stale: Reflection | None
) -> dict[str, Any]:
    saved = Reflection.objects.filter(progress=progress).first()
    return {
        "reflection": saved,
        "reflection_text": posted.get("text", saved.text if saved else ""),
        "reflection_revision": saved.revision if saved else 0,
        "stale_reflection": stale,
    }


def summary(link: ResourceLink, plan: LessonPlan, progress: LessonProgress) -> dict[str, Any]:
    met = rules_met(progress, plan)
    return {
        "link": link,
        "lesson": plan.lesson,
        "progress": progress,
        "rules": [Rule(RULE_LABELS.get(rule, rule), ok) for rule, ok in met.items()],
        "completed": progress.status == ProgressStatus.COMPLETED,
        "score_maximum": link.score_maximum,
        "nav": [
            StepNav(s, step_url(link, s.key), s.key in progress.steps_done, False)
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
    labels = dict(ProgressStatus.choices)
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
                    status_label=labels[status],
                    quiz_percent=p.quiz_percent if p else None,
                    score_given=p.score_given if p else None,
                    last_activity_at=p.last_activity_at if p else None,
                )
            )
        courses.append(OwnCourse(str(membership.course), rows))
    return courses
