"""What every step kind shares: a student's progress row, locked for each write, and the
completion and score that follow every write.

Each function that changes a student's work locks their `LessonProgress` row first
(`select_for_update`), so two tabs or a double click are served one after the other; each kind
also makes its writes idempotent by a constraint (a form token or a revision number), so a
repeated submission finds the first one's result instead of adding a second.

Completion is checked after every write. Each completion rule a lesson may name is decided by
the step kind it is about (`completion_rule` registers it); when the lesson's rules are met, or
when the score of a completed lesson changes, the score is handed to grade passback once the
transaction has committed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from curriculum.models import LessonProgress, ProgressStatus
from curriculum.steps.plan import LessonPlan, Step
from lti.models import ResourceLink

# A gap longer than this between two actions is a break, not time spent on the lesson.
ACTIVITY_GAP = timedelta(minutes=10)
TOUCHED = ["time_spent_seconds", "last_activity_at"]

RuleCheck = Callable[[LessonProgress, LessonPlan], bool]
# Completion rule -> whether a student's progress meets it; each step kind adds its own.
RULES: dict[str, RuleCheck] = {}


def completion_rule(name: str) -> Callable[[RuleCheck], RuleCheck]:
    def register(check: RuleCheck) -> RuleCheck:
        RULES[name] = check
        return check

    return register


@completion_rule("all_steps")
def _every_step_done(progress: LessonProgress, plan: LessonPlan) -> bool:
    return all(s.key in progress.steps_done for s in plan.steps)


# --- Reading ------------------------------------------------------------------------------


def start_or_resume(user: Any, link: ResourceLink, now: datetime | None = None) -> LessonProgress:
    now = now or timezone.now()
    # get_or_create survives the race of two tabs launching at once: the loser reads the winner.
    progress, _ = LessonProgress.objects.get_or_create(
        user=user, resource_link=link, defaults={"started_at": now, "last_activity_at": now}
    )
    return progress


def resume_step(progress: LessonProgress, plan: LessonPlan) -> Step | None:
    if not plan.steps:
        return None
    return plan.step(progress.current_step) or plan.steps[0]


def rules_met(progress: LessonProgress, plan: LessonPlan) -> dict[str, bool]:
    """Each completion rule of the lesson and whether it is met. A rule for a step the lesson
    does not have is met; no rules at all means every step."""
    rules = list(plan.lesson.completion_rules or ["all_steps"])
    return {rule: RULES[rule](progress, plan) for rule in rules if rule in RULES}


def score_for(progress: LessonProgress, plan: LessonPlan, score_maximum: Decimal) -> Decimal:
    """The quiz result that counts, out of the line item's maximum; full marks without a quiz."""
    if not plan.quiz.questions:
        return Decimal(score_maximum).quantize(Decimal("0.01"))
    percent = Decimal(progress.quiz_percent or 0)
    return (Decimal(score_maximum) * percent / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


# --- Writing ------------------------------------------------------------------------------


def locked_progress(user: Any, link: ResourceLink, now: datetime) -> LessonProgress:
    """The student's progress row, locked until the transaction ends, with the time counted."""
    start_or_resume(user, link, now)
    progress = LessonProgress.objects.select_for_update().get(user=user, resource_link=link)
    gap = now - progress.last_activity_at
    if timedelta(0) < gap <= ACTIVITY_GAP:
        progress.time_spent_seconds += int(gap.total_seconds())
    progress.last_activity_at = max(progress.last_activity_at, now)
    return progress


@transaction.atomic
def visit_step(
    user: Any, link: ResourceLink, step_key: str, now: datetime | None = None
) -> LessonProgress:
    """Remember where the student is, so closing the tab resumes here."""
    progress = locked_progress(user, link, now or timezone.now())
    progress.current_step = step_key
    progress.save(update_fields=[*TOUCHED, "current_step"])
    return progress


@transaction.atomic
def complete_step(
    user: Any, link: ResourceLink, plan: LessonPlan, step_key: str, now: datetime | None = None
) -> LessonProgress:
    now = now or timezone.now()
    progress = locked_progress(user, link, now)
    mark_done(progress, plan, step_key)
    check_completion(progress, plan, link, now)
    return progress


def mark_done(
    progress: LessonProgress, plan: LessonPlan, step_key: str, *, move: bool = True
) -> None:
    """Record the step as done and, unless `move` is off, resume at the step after it."""
    if step_key not in progress.steps_done:
        progress.steps_done = [
            s.key for s in plan.steps if s.key in {*progress.steps_done, step_key}
        ]
    fields = [*TOUCHED, "steps_done"]
    if move:
        following = plan.next_step(step_key)
        progress.current_step = following.key if following else step_key
        fields.append("current_step")
    progress.save(update_fields=fields)


def check_completion(
    progress: LessonProgress, plan: LessonPlan, link: ResourceLink, now: datetime
) -> None:
    if progress.status != ProgressStatus.COMPLETED:
        if not all(rules_met(progress, plan).values()):
            return
        progress.status = ProgressStatus.COMPLETED
        progress.completed_at = now
    progress.score_given = score_for(progress, plan, link.score_maximum)
    fields = ["status", "completed_at", "score_given"]
    if progress.score_given != progress.score_queued:
        progress.score_queued = progress.score_given
        progress.score_queued_at = now
        fields += ["score_queued", "score_queued_at"]
        _queue_score_on_commit(link, progress)
    progress.save(update_fields=fields)


def _queue_score_on_commit(link: ResourceLink, progress: LessonProgress) -> None:
    user, score, maximum, completed_at = (
        progress.user,
        progress.score_given,
        link.score_maximum,
        progress.completed_at,
    )

    def send() -> None:
        from lti.grades import queue_score

        queue_score(link, user, score, maximum, completed_at)

    transaction.on_commit(send)
