"""Teacher-led mode for K-2 lessons: pre-readers do the reflection and the quiz with their
teacher, out loud or on paper, rather than typing.

- The course's teacher, in a K-2 lesson, can record a reflection or quiz step once for the
  whole class: the class's response as the teacher types it and/or the tick "we did this
  together / answered aloud" (for the quiz, how many questions the class got right). Every
  student of the course (the roster Upstander knows: its student memberships) then has the
  step done, and a student whose lesson is complete gets their score queued as usual.
- Score: a lesson without a quiz gives full marks, as always; the quiz counts the score the
  class reached, unless the student's own tries did better (a class record never lowers a
  student's own result).
- A K-2 student working alone may tick "I drew it / I said it to my teacher" instead of
  typing a reflection.

The `ClassRecord` row is the account of the teacher's action: who, when, what, for how many.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from curriculum.models import ClassRecord, LessonPage, LessonProgress, Reflection
from curriculum.steps.answers import clean_answer
from curriculum.steps.kind import StepView, Submission, step_url
from curriculum.steps.plan import AnswerError, LessonPlan
from curriculum.steps.record import TOUCHED, check_completion, locked_progress, mark_done
from lessons_content.vocabulary import QUIZ, REFLECTION
from lti.models import CourseMembership, ResourceLink, Role
from upstander.params import form_number

TEACHER_LED_BANDS = frozenset({"K-2"})
# The steps a pre-reader cannot do alone; the others (read, activity, ...) need no typing.
CLASS_STEPS = (REFLECTION, QUIZ)
# What a student's ticked reflection says, in the teacher's list of reflections.
TICKED_REFLECTION = "I drew it or said it to my teacher (ticked, nothing typed)."


def is_teacher_led(lesson: LessonPage) -> bool:
    return lesson.grade_band in TEACHER_LED_BANDS


def teaches(user: Any, link: ResourceLink) -> bool:
    return CourseMembership.objects.filter(
        course_id=link.course_id, user=user, role=Role.TEACHER
    ).exists()


def class_students(link: ResourceLink) -> list[Any]:
    """The course's students, in a fixed order so that two recordings lock rows alike."""
    memberships = CourseMembership.objects.filter(course_id=link.course_id, role=Role.STUDENT)
    return [m.user for m in memberships.select_related("user").order_by("user_id")]


def class_record(link_id: int, step_key: str) -> ClassRecord | None:
    """The latest recording of the step for the class."""
    return (
        ClassRecord.objects.select_related("recorded_by__lti_identity")
        .filter(resource_link_id=link_id, step=step_key)
        .first()
    )


def done_by_class(progress: LessonProgress, step_key: str) -> bool:
    """For the completion rules: the teacher recorded this step for the whole class."""
    return ClassRecord.objects.filter(
        resource_link_id=progress.resource_link_id, step=step_key
    ).exists()


def _apply_class_quiz(progress: LessonProgress, percent: int, lesson: LessonPage) -> None:
    # The class's score counts unless the student's own tries did better.
    progress.quiz_percent = max(progress.quiz_percent or 0, percent)
    progress.quiz_passed = progress.quiz_percent >= lesson.pass_mark
    progress.save(update_fields=[*TOUCHED, "quiz_percent", "quiz_passed"])


@transaction.atomic
def record_for_class(
    teacher: Any,
    link: ResourceLink,
    plan: LessonPlan,
    step_key: str,
    *,
    text: str = "",
    together: bool = False,
    quiz_correct: int | None = None,
    now: datetime | None = None,
) -> ClassRecord:
    """Record a step for the whole class and complete it for every student of the course.
    Recording again adds a record (the latest is shown) and reaches students enrolled since."""
    now = now or timezone.now()
    if not is_teacher_led(plan.lesson):
        raise AnswerError(_("Recording a step for the whole class is offered in K-2 lessons only."))
    if not teaches(teacher, link):
        raise AnswerError(_("Only a teacher of this course can record a step for the whole class."))
    if step_key not in CLASS_STEPS or step_key not in plan.has:
        raise AnswerError(_("This step cannot be recorded for the whole class."))
    text = text.strip()
    cleaned = clean_answer(text, "class response") if text else ""
    values: dict[str, Any] = {"text": cleaned, "together": together}
    percent = None
    if step_key == QUIZ:
        total = len(plan.quiz.questions)
        if quiz_correct is None or not 0 <= quiz_correct <= total:
            raise AnswerError(
                _("Choose how many of the %(total)d questions the class answered right.")
                % {"total": total}
            )
        percent = round(100 * quiz_correct / total) if total else 0
        values |= {"quiz_correct": quiz_correct, "quiz_questions": total, "quiz_percent": percent}
    elif not cleaned and not together:
        raise AnswerError(
            _('Type the class\'s response, or tick "We did this together / answered aloud".')
        )
    students = class_students(link)
    record = ClassRecord.objects.create(
        resource_link=link,
        step=step_key,
        recorded_by=teacher,
        recorded_at=now,
        students_completed=len(students),
        **values,
    )
    for student in students:
        progress = locked_progress(student, link, now)
        if percent is not None:
            _apply_class_quiz(progress, percent, plan.lesson)
        mark_done(progress, plan, step_key, move=False)
        check_completion(progress, plan, link, now)
    return record


@transaction.atomic
def tick_reflection(
    user: Any, link: ResourceLink, plan: LessonPlan, now: datetime | None = None
) -> Reflection:
    """A K-2 student's "I drew it / I said it to my teacher": the reflection step is done
    without typing. A reflection the student already wrote is kept as it is."""
    now = now or timezone.now()
    if not is_teacher_led(plan.lesson):
        raise AnswerError(
            _("%(what)s is empty. Write something before you save.")
            % {"what": _("Your reflection")}
        )
    progress = locked_progress(user, link, now)
    reflection = Reflection.objects.filter(progress=progress).first()
    if reflection is None:
        # Fixed words of ours, nothing the student typed: there is nothing to moderate.
        reflection = Reflection.objects.create(
            progress=progress, text=TICKED_REFLECTION, revision=1, created_at=now, updated_at=now
        )
    mark_done(progress, plan, REFLECTION)
    check_completion(progress, plan, link, now)
    return reflection


# --- What the step shows, and the teacher's submission --------------------------------------


def context(view: StepView) -> dict[str, Any]:
    lesson = view.plan.lesson
    led = is_teacher_led(lesson)
    offered = led and teaches(view.progress.user, view.link)
    quiz_total = len(view.plan.quiz.questions)
    return {
        "teacher_led": led,
        "class_record": class_record(view.link.pk, view.step.key) if led else None,
        "class_record_offered": offered,
        "class_size": len(class_students(view.link)) if offered else 0,
        # The quiz form asks how many questions the class got right: 0 to all of them.
        "class_quiz_counts": list(range(quiz_total, -1, -1)) if view.step.key == QUIZ else [],
        "class_posted_text": view.posted.get("class_text", ""),
    }


def submit(sub: Submission) -> HttpResponse:
    data = sub.data
    raw_count = data.get("class_quiz_correct", "")
    record = record_for_class(
        sub.request.user,
        sub.link,
        sub.plan,
        sub.step.key,
        text=data.get("class_text", ""),
        together=bool(data.get("class_together")),
        quiz_correct=form_number(raw_count),
    )
    messages.success(
        sub.request,
        ngettext(
            "Recorded for the whole class: %(step)s is done for %(count)d student.",
            "Recorded for the whole class: %(step)s is done for %(count)d students.",
            record.students_completed,
        )
        % {"step": sub.step.title, "count": record.students_completed},
    )
    return redirect(step_url(sub.link, sub.step.key))
