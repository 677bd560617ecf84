"""The student's side of a lesson: every write, in a transaction, on a locked progress row.

Each function that changes a student's work locks their `LessonProgress` row first
(`select_for_update`), so two tabs or a double click are served one after the other, and
each such write is also made idempotent by a constraint (a form token or a revision number):
a repeated submission finds the first one's result instead of adding a second.

Completion is checked after every write. When a lesson's completion rules are met, or when the
score of a completed lesson changes, the score is handed to grade passback once the
transaction has committed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from curriculum.models import (
    DiscussionPost,
    LessonPage,
    LessonProgress,
    ProgressStatus,
    QuizAttempt,
    Reflection,
)
from curriculum.models.progress import shown_to_others
from curriculum.steps import (
    DISCUSSION,
    QUIZ,
    REFLECTION,
    Quiz,
    Step,
    lesson_quiz,
    lesson_steps,
)
from lti.models import ResourceLink
from moderation.sanitize import stored_text
from moderation.services import moderate_post

MAX_ANSWER_CHARS = 10_000
# A gap longer than this between two actions is a break, not time spent on the lesson.
ACTIVITY_GAP = timedelta(minutes=10)


class AnswerError(Exception):
    """A submission we refuse, with a message the student can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class LessonPlan:
    """The parts of a lesson the flow needs, read once from its body."""

    lesson: LessonPage
    steps: list[Step]
    quiz: Quiz

    @classmethod
    def of(cls, lesson: LessonPage) -> LessonPlan:
        return cls(lesson, lesson_steps(lesson.body), lesson_quiz(lesson.body))

    def step(self, key: str) -> Step | None:
        return next((s for s in self.steps if s.key == key), None)

    def next_step(self, key: str) -> Step | None:
        keys = [s.key for s in self.steps]
        if key not in keys or keys.index(key) + 1 >= len(keys):
            return None
        return self.steps[keys.index(key) + 1]

    @property
    def has(self) -> set[str]:
        return {s.key for s in self.steps}


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


def quiz_attempts_left(progress: LessonProgress, lesson: LessonPage) -> int | None:
    """None means unlimited."""
    if not lesson.quiz_attempts:
        return None
    return max(lesson.quiz_attempts - progress.quiz_attempts_used, 0)


def answers_revealed(progress: LessonProgress, lesson: LessonPage) -> bool:
    """Right answers are shown once they can no longer help with a retry that counts."""
    return progress.quiz_passed or quiz_attempts_left(progress, lesson) == 0


@dataclass(frozen=True, slots=True)
class QuestionReview:
    number: int
    question: str
    chosen: str
    correct: bool
    feedback: str
    right_answer: str  # empty until answers are revealed


def review_attempt(attempt: QuizAttempt, quiz: Quiz, reveal: bool) -> list[QuestionReview]:
    review = []
    for i, question in enumerate(quiz.questions):
        index = attempt.answers[i] if i < len(attempt.answers) else -1
        chosen = question.choices[index] if 0 <= index < len(question.choices) else None
        right = question.choices[question.correct_index] if question.correct_index >= 0 else None
        review.append(
            QuestionReview(
                number=i + 1,
                question=question.text,
                chosen=chosen.text if chosen else "",
                correct=bool(chosen and chosen.correct),
                feedback=chosen.feedback if chosen else "",
                right_answer=right.text if (reveal and right) else "",
            )
        )
    return review


@dataclass(frozen=True, slots=True)
class ThreadPost:
    post: DiscussionPost
    author_name: str
    replies: list[ThreadPost]
    # Every form on a page needs its own token, or a reply would be taken for the post before it.
    reply_token: str


def discussion_thread(course_id: int, lesson_id: int, viewer: Any) -> list[ThreadPost]:
    """The course's thread for a lesson: visible posts, plus the viewer's own held ones."""
    from django.db.models import Q

    posts = list(
        DiscussionPost.objects.filter(course_id=course_id, lesson_id=lesson_id)
        .filter(shown_to_others() | Q(author=viewer))
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


def display_name(user: Any) -> str:
    identity = getattr(user, "lti_identity", None)
    return (identity.name if identity else "") or user.get_full_name() or user.get_username()


# --- Writing ------------------------------------------------------------------------------


def _locked(user: Any, link: ResourceLink, now: datetime) -> LessonProgress:
    start_or_resume(user, link, now)
    progress = LessonProgress.objects.select_for_update().get(user=user, resource_link=link)
    gap = now - progress.last_activity_at
    if timedelta(0) < gap <= ACTIVITY_GAP:
        progress.time_spent_seconds += int(gap.total_seconds())
    progress.last_activity_at = max(progress.last_activity_at, now)
    return progress


_TOUCHED = ["time_spent_seconds", "last_activity_at"]


@transaction.atomic
def visit_step(
    user: Any, link: ResourceLink, step_key: str, now: datetime | None = None
) -> LessonProgress:
    """Remember where the student is, so closing the tab resumes here."""
    progress = _locked(user, link, now or timezone.now())
    progress.current_step = step_key
    progress.save(update_fields=[*_TOUCHED, "current_step"])
    return progress


@transaction.atomic
def complete_step(
    user: Any, link: ResourceLink, plan: LessonPlan, step_key: str, now: datetime | None = None
) -> LessonProgress:
    now = now or timezone.now()
    progress = _locked(user, link, now)
    _mark_done(progress, plan, step_key)
    _check_completion(progress, plan, link, now)
    return progress


def _mark_done(progress: LessonProgress, plan: LessonPlan, step_key: str) -> None:
    if step_key not in progress.steps_done:
        progress.steps_done = [
            s.key for s in plan.steps if s.key in {*progress.steps_done, step_key}
        ]
    following = plan.next_step(step_key)
    progress.current_step = following.key if following else step_key
    progress.save(update_fields=[*_TOUCHED, "steps_done", "current_step"])


def _percent(correct: int, total: int) -> int:
    return (
        int((Decimal(100 * correct) / Decimal(total)).quantize(Decimal(1), ROUND_HALF_UP))
        if total
        else 0
    )


@transaction.atomic
def submit_quiz(
    user: Any,
    link: ResourceLink,
    plan: LessonPlan,
    answers: dict[str, str],
    token: str,
    fingerprint: str,
    now: datetime | None = None,
) -> QuizAttempt:
    """Score one attempt on the server. The same form submitted twice is one attempt."""
    now = now or timezone.now()
    lesson = plan.lesson
    try:
        token_uuid = uuid.UUID(token)
    except (TypeError, ValueError):
        raise AnswerError("This form has expired. Please answer the quiz again.") from None
    progress = _locked(user, link, now)
    existing = progress.quiz_attempts.filter(token=token_uuid).first()
    if existing is not None:
        return existing
    if fingerprint != plan.quiz.fingerprint:
        raise AnswerError(
            "This quiz was changed since you opened it, so your answers could not be counted. "
            "Please answer the questions below again."
        )
    if quiz_attempts_left(progress, lesson) == 0:
        raise AnswerError(
            f"You have used all {lesson.quiz_attempts} tries for this quiz. Your result is kept."
        )
    chosen: list[int] = []
    for i, question in enumerate(plan.quiz.questions):
        raw = answers.get(f"q{i}", "")
        if not raw.isdigit() or int(raw) >= len(question.choices):
            raise AnswerError(
                f"Please answer every question before you submit (question {i + 1} has no answer)."
            )
        chosen.append(int(raw))
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
    progress.save(update_fields=[*_TOUCHED, "quiz_attempts_used", "quiz_percent", "quiz_passed"])
    if QUIZ not in progress.steps_done:
        progress.steps_done = [s.key for s in plan.steps if s.key in {*progress.steps_done, QUIZ}]
        progress.save(update_fields=["steps_done"])
    _check_completion(progress, plan, link, now)
    return attempt


def clean_answer(text: str, what: str) -> str:
    """The text as it will be stored and scanned, or an AnswerError a student can act on."""
    # Browsers count a line break as one character when they enforce maxlength.
    text = text.replace("\r\n", "\n")
    if len(text) > MAX_ANSWER_CHARS:
        raise AnswerError(
            f"Your {what} is {len(text):,} characters long; the limit is {MAX_ANSWER_CHARS:,}. "
            "Please shorten it and save again. Your text is still in the box."
        )
    # The one sanitiser moderation stores and scans with: a post is refused as empty exactly
    # when nothing of it would be stored ("<img alt='kill'>" is the word "kill", not empty).
    cleaned = stored_text(text, is_html=False)
    if not cleaned:
        raise AnswerError(f"Your {what} is empty. Write something before you save.")
    return cleaned


class StaleReflection(AnswerError):
    def __init__(self, saved: Reflection) -> None:
        super().__init__(
            "Your reflection was changed in another tab or window since you opened this page. "
            "Both versions are shown below: check your text and save again."
        )
        self.saved = saved


@transaction.atomic
def save_reflection(
    user: Any,
    link: ResourceLink,
    plan: LessonPlan,
    text: str,
    base_revision: int,
    now: datetime | None = None,
) -> Reflection:
    """Save (or replace) the student's reflection.

    `base_revision` is the revision the form was made from (0 for none): a form made before
    another save is stale, and is refused rather than silently overwriting the other text.
    """
    now = now or timezone.now()
    cleaned = clean_answer(text, "reflection")
    progress = _locked(user, link, now)
    reflection = Reflection.objects.filter(progress=progress).first()
    if reflection is not None and reflection.text == cleaned:
        return reflection  # the same text again: a double click or a re-sent form
    if reflection is not None and reflection.revision != base_revision:
        raise StaleReflection(reflection)
    if reflection is None and base_revision:
        raise AnswerError("This form has expired. Please write your reflection again.")
    outcome = moderate_post(text, author=user, course=link.course, kind="reflection")
    if reflection is None:
        reflection = Reflection(progress=progress, created_at=now, revision=0)
    reflection.text = outcome.text
    reflection.revision += 1
    # An edited reflection is a new moderation record; the earlier one keeps its flags but no
    # longer decides whether the reflection is shown.
    reflection.moderated_post_id = outcome.post_id
    reflection.updated_at = now
    reflection.read_at = None  # edited text is new to the teacher
    reflection.save()
    reflection.support_message = outcome.support_message  # shown once, by the view
    _mark_done(progress, plan, REFLECTION)
    _check_completion(progress, plan, link, now)
    return reflection


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
    clean_answer(text, "post")
    try:
        token_uuid = uuid.UUID(token)
    except (TypeError, ValueError):
        raise AnswerError("This form has expired. Please write your post again.") from None
    progress = _locked(user, link, now)
    existing = DiscussionPost.objects.filter(author=user, token=token_uuid).first()
    if existing is not None:
        return existing
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
            raise AnswerError("The post you replied to is not available any more.")
        # One level of replies keeps the thread readable in a narrow LMS frame.
        if parent.parent_id is not None:
            parent = parent.parent
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
        return DiscussionPost.objects.get(author=user, token=token_uuid)
    post.support_message = outcome.support_message  # shown once, by the view
    _mark_done(progress, plan, DISCUSSION)
    _check_completion(progress, plan, link, now)
    return post


def _visible_to(user: Any) -> Any:
    from django.db.models import Q

    return shown_to_others() | Q(author=user)


# --- Completion and score -----------------------------------------------------------------


def rules_met(progress: LessonProgress, plan: LessonPlan) -> dict[str, bool]:
    """Each completion rule of the lesson and whether it is met. A rule for a step the lesson
    does not have is met; no rules at all means every step."""
    lesson = plan.lesson
    rules = list(lesson.completion_rules or ["all_steps"])
    met = {}
    for rule in rules:
        if rule == "quiz":
            met[rule] = (
                not plan.quiz.questions
                or progress.quiz_passed
                or quiz_attempts_left(progress, lesson) == 0
            )
        elif rule == "reflection":
            met[rule] = (
                REFLECTION not in plan.has or Reflection.objects.filter(progress=progress).exists()
            )
        elif rule == "discussion":
            met[rule] = (
                DISCUSSION not in plan.has
                or DiscussionPost.objects.filter(
                    author_id=progress.user_id,
                    course_id=progress.resource_link.course_id,
                    lesson_id=lesson.pk,
                ).exists()
            )
        elif rule == "all_steps":
            met[rule] = all(s.key in progress.steps_done for s in plan.steps)
    return met


def score_for(progress: LessonProgress, plan: LessonPlan, score_maximum: Decimal) -> Decimal:
    """The quiz result that counts, out of the line item's maximum; full marks without a quiz."""
    if not plan.quiz.questions:
        return Decimal(score_maximum).quantize(Decimal("0.01"))
    percent = Decimal(progress.quiz_percent or 0)
    return (Decimal(score_maximum) * percent / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _check_completion(
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
