"""The quiz: scored on the server, its choices dealt in a new order for every try, and a review
with the right answers once the tries are used up, instead of endless guessing.

- Order: each try shows each question's choices in an order fixed by (progress, try number,
  question) through a keyed hash, so a reload shows the same order and the next try another.
- Identity: a choice is submitted as a code made the same way, never as a position, and stored
  as its index in the lesson body; a position or a code remembered from an earlier try means
  nothing in this one.
- Tries: the lesson's own limit or the school's `QUIZ_TRIES_BEFORE_REVIEW`, whichever is fewer
  (0 for both means unlimited). When they are used up, or when the student asks for the answers
  after a try, the quiz closes: the review shows every right answer with its feedback, no later
  try can be made, and the score that counts (best or last try, per the lesson) stays as it was.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from curriculum.models import LessonPage, LessonProgress, QuizAttempt
from curriculum.steps import teacher_led
from curriculum.steps.kind import StepKind, StepView, Submission, step_url
from curriculum.steps.plan import AnswerError, LessonPlan, Quiz
from curriculum.steps.record import (
    TOUCHED,
    check_completion,
    completion_rule,
    locked_progress,
    mark_done,
)
from lessons_content.vocabulary import QUIZ
from lti.models import ResourceLink
from upstander.params import form_number

# --- Tries and the review -----------------------------------------------------------------


def tries_allowed(lesson: LessonPage) -> int | None:
    """How many tries before the review; None means unlimited."""
    school = settings.QUIZ_TRIES_BEFORE_REVIEW
    limits = [n for n in (lesson.quiz_attempts, school) if n]
    return min(limits) if limits else None


def tries_left(progress: LessonProgress, lesson: LessonPage) -> int | None:
    """None means unlimited; 0 means the quiz is closed and its review is shown."""
    if progress.quiz_closed_at is not None:
        return 0
    allowed = tries_allowed(lesson)
    return None if allowed is None else max(allowed - progress.quiz_attempts_used, 0)


def quiz_closed(progress: LessonProgress, lesson: LessonPage) -> bool:
    return tries_left(progress, lesson) == 0


@completion_rule("quiz")
def quiz_done(progress: LessonProgress, plan: LessonPlan) -> bool:
    return (
        not plan.quiz.questions
        or progress.quiz_passed
        or quiz_closed(progress, plan.lesson)
        or teacher_led.done_by_class(progress, QUIZ)
    )


# --- Dealing: order and codes per try -----------------------------------------------------


def _keyed(*parts: object) -> bytes:
    # Keyed with SECRET_KEY: a student cannot work out another try's order or codes.
    return salted_hmac("curriculum.steps.quiz", ":".join(map(str, parts))).digest()


def choice_order(progress: LessonProgress, try_number: int, question: int, size: int) -> list[int]:
    """The body indexes of one question's choices, in the order this try shows them."""
    order = list(range(size))
    random.Random(_keyed("order", progress.pk, try_number, question)).shuffle(order)
    return order


def choice_code(progress: LessonProgress, try_number: int, question: int, choice: int) -> str:
    """What the form sends for one choice in one try: its identity, not its position."""
    return _keyed("choice", progress.pk, try_number, question, choice).hex()[:12]


def _chosen(
    progress: LessonProgress, quiz: Quiz, try_number: int, answers: dict[str, str]
) -> list[int]:
    chosen = []
    for i, question in enumerate(quiz.questions):
        raw = answers.get(f"q{i}", "")
        if not raw:
            raise AnswerError(
                _(
                    "Please answer every question before you submit (question %(number)d has "
                    "no answer)."
                )
                % {"number": i + 1}
            )
        codes = {choice_code(progress, try_number, i, c): c for c in range(len(question.choices))}
        if raw not in codes:
            raise AnswerError(
                _(
                    "Your answer to question %(number)d could not be read. Please answer the "
                    "quiz again."
                )
                % {"number": i + 1}
            )
        chosen.append(codes[raw])
    return chosen


# --- Writing ------------------------------------------------------------------------------


def _percent(correct: int, total: int) -> int:
    if not total:
        return 0
    return int((Decimal(100 * correct) / Decimal(total)).quantize(Decimal(1), ROUND_HALF_UP))


@transaction.atomic
def submit_quiz(
    user: Any,
    link: ResourceLink,
    plan: LessonPlan,
    answers: dict[str, str],
    token: str,
    fingerprint: str,
    dealt_for: str,
    now: datetime | None = None,
) -> QuizAttempt:
    """Score one try on the server. The same form submitted twice is one try.

    `answers` maps `q<n>` to a choice code of the try the form was dealt for (`dealt_for`)."""
    now = now or timezone.now()
    lesson = plan.lesson
    try:
        token_uuid = uuid.UUID(token)
    except (TypeError, ValueError):
        raise AnswerError(_("This form has expired. Please answer the quiz again.")) from None
    progress = locked_progress(user, link, now)
    existing = progress.quiz_attempts.filter(token=token_uuid).first()
    if existing is not None:
        return existing
    if fingerprint != plan.quiz.fingerprint:
        raise AnswerError(
            _(
                "This quiz was changed since you opened it, so your answers could not be "
                "counted. Please answer the questions below again."
            )
        )
    if quiz_closed(progress, lesson):
        raise AnswerError(
            _(
                "You have used all your tries for this quiz, and its review shows the right "
                "answers. Your result is kept."
            )
        )
    # A form dealt for this try or an earlier one (another tab) is read with its own codes.
    dealt = form_number(dealt_for)
    if dealt is None or not 1 <= dealt <= progress.quiz_attempts_used + 1:
        raise AnswerError(_("This form has expired. Please answer the quiz again."))
    chosen = _chosen(progress, plan.quiz, dealt, answers)
    total = len(plan.quiz.questions)
    correct = sum(
        1 for q, c in zip(plan.quiz.questions, chosen, strict=True) if q.choices[c].correct
    )
    percent = _percent(correct, total)
    attempt = QuizAttempt.objects.create(
        progress=progress,
        number=progress.quiz_attempts_used + 1,
        token=token_uuid,
        answers=chosen,
        correct_count=correct,
        question_count=total,
        percent=percent,
        passed=percent >= lesson.pass_mark,
        submitted_at=now,
    )
    progress.quiz_attempts_used = attempt.number
    if lesson.keep_score == LessonPage.KeepScore.LAST or progress.quiz_percent is None:
        progress.quiz_percent = percent
    else:
        progress.quiz_percent = max(progress.quiz_percent, percent)
    progress.quiz_passed = progress.quiz_percent >= lesson.pass_mark
    fields = [*TOUCHED, "quiz_attempts_used", "quiz_percent", "quiz_passed"]
    if tries_left(progress, lesson) == 0:
        # Recorded, so a later change of the setting cannot reopen a quiz whose answers were shown.
        progress.quiz_closed_at = now
        fields.append("quiz_closed_at")
    progress.save(update_fields=fields)
    mark_done(progress, plan, QUIZ, move=False)
    check_completion(progress, plan, link, now)
    return attempt


@transaction.atomic
def show_review(
    user: Any, link: ResourceLink, plan: LessonPlan, now: datetime | None = None
) -> LessonProgress:
    """Close the quiz at the student's request after at least one try: the review shows the
    right answers, and the score already earned is the one that counts."""
    now = now or timezone.now()
    progress = locked_progress(user, link, now)
    if progress.quiz_attempts_used == 0:
        raise AnswerError(_("Try the quiz once before you ask for the right answers."))
    if progress.quiz_closed_at is None:
        progress.quiz_closed_at = now
        progress.save(update_fields=[*TOUCHED, "quiz_closed_at"])
    mark_done(progress, plan, QUIZ, move=False)
    check_completion(progress, plan, link, now)
    return progress


# --- What the step shows ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FormQuestion:
    """A question as the form shows it: texts and codes only, never the key or feedback."""

    index: int
    number: int
    text: str
    choices: list[tuple[str, str, Any]]  # (code, text, picture or None), in this try's order
    chosen: str = ""

    @property
    def pictured(self) -> bool:
        return any(picture for _code, _text, picture in self.choices)


@dataclass(frozen=True, slots=True)
class QuestionReview:
    number: int
    question: str
    chosen: str
    correct: bool
    feedback: str
    right_answer: str = ""  # empty until the quiz is closed
    right_feedback: str = ""
    chosen_picture: Any = None  # a picture-led choice's image, or None
    right_picture: Any = None


def review_attempt(attempt: QuizAttempt, quiz: Quiz, closed: bool) -> list[QuestionReview]:
    review = []
    for i, question in enumerate(quiz.questions):
        index = attempt.answers[i] if i < len(attempt.answers) else -1
        chosen = question.choices[index] if 0 <= index < len(question.choices) else None
        right = question.choices[question.correct_index] if question.correct_index >= 0 else None
        shown = closed and right is not None
        review.append(
            QuestionReview(
                number=i + 1,
                question=question.text,
                chosen=chosen.text if chosen else "",
                correct=bool(chosen and chosen.correct),
                feedback=chosen.feedback if chosen else "",
                right_answer=right.text if shown else "",
                right_feedback=right.feedback if shown else "",
                chosen_picture=quiz.picture(i, index) if chosen else None,
                right_picture=quiz.picture(i, question.correct_index) if shown else None,
            )
        )
    return review


def form_questions(
    progress: LessonProgress, quiz: Quiz, try_number: int, posted: dict[str, str]
) -> list[FormQuestion]:
    questions = []
    for i, q in enumerate(quiz.questions):
        order = choice_order(progress, try_number, i, len(q.choices))
        questions.append(
            FormQuestion(
                index=i,
                number=i + 1,
                text=q.text,
                choices=[
                    (choice_code(progress, try_number, i, c), q.choices[c].text, quiz.picture(i, c))
                    for c in order
                ],
                chosen=posted.get(f"q{i}", ""),
            )
        )
    return questions


def context(view: StepView) -> dict[str, Any]:
    lesson, progress = view.plan.lesson, view.progress
    attempts = list(progress.quiz_attempts.all())
    latest = attempts[-1] if attempts else None
    left = tries_left(progress, lesson)
    allowed = tries_allowed(lesson)
    retry = view.retry or (view.refused is not None and "review" not in view.posted)
    show_form = left != 0 and (latest is None or retry)
    closed = left == 0
    try_number = progress.quiz_attempts_used + 1
    questions = form_questions(progress, view.plan.quiz, try_number, view.posted)
    return {
        "quiz_questions": questions if show_form else [],
        # Picture-led (K-2): fewer words above the cards.
        "picture_led": any(q.pictured for q in questions),
        "show_quiz_form": show_form,
        "quiz_token": str(uuid.uuid4()),
        "quiz_fingerprint": view.plan.quiz.fingerprint,
        "quiz_try": try_number,
        "attempt": None if show_form else latest,
        "review": review_attempt(latest, view.plan.quiz, closed)
        if (latest and not show_form)
        else [],
        "quiz_closed": closed,
        "attempts": attempts,
        "attempts_left": left,
        "unlimited": left is None,
        "attempts_total": allowed,
        "can_retry": left != 0,
        # Closed by "Show me the right answers" with tries still unused: saying "You have used
        # all your tries" under "Try 1 of 3" contradicted the line above it.
        "answers_asked_for": closed and (allowed is None or progress.quiz_attempts_used < allowed),
        "pass_mark": lesson.pass_mark,
        "keep_score": lesson.get_keep_score_display(),
        "keep_last": lesson.keep_score == LessonPage.KeepScore.LAST,
        **teacher_led.context(view),
    }


def submit(sub: Submission) -> HttpResponse:
    here = step_url(sub.link, QUIZ)
    if sub.data.get("class_record"):
        return teacher_led.submit(sub)
    if sub.data.get("review"):
        show_review(sub.request.user, sub.link, sub.plan)
        return redirect(here + "#result")
    data = sub.data
    submit_quiz(
        sub.request.user,
        sub.link,
        sub.plan,
        data.dict(),
        data.get("token", ""),
        data.get("fingerprint", ""),
        data.get("try", ""),
    )
    return redirect(here + "#result")


KIND = StepKind(
    key=QUIZ, template="curriculum/learn/steps/quiz.html", context=context, submit=submit
)
