"""The steps of a lesson, one module per step kind, found through `KINDS`.

Each kind's module owns what the student sees of it (template and context), what happens when
they submit it, and the completion rule about it (registered in `record`): read, activity,
quiz, reflection, discussion, mindfulness, family. `plan` reads a lesson's body into steps and
a quiz; `record` holds what every kind shares (the locked progress row, completion, score).
"""

from __future__ import annotations

from curriculum.steps import (
    activity,
    discussion,
    family,
    mindfulness,
    quiz,
    read,
    reflection,
)
from curriculum.steps.kind import StepKind
from curriculum.steps.plan import AnswerError, LessonPlan, Quiz, Step, lesson_quiz, lesson_steps
from lessons_content.vocabulary import (
    ACTIVITY,
    DISCUSSION,
    FAMILY,
    MINDFULNESS,
    QUIZ,
    READ,
    REFLECTION,
    STEP_KINDS,
)

KINDS: dict[str, StepKind] = {
    kind.key: kind
    for kind in (
        read.KIND,
        activity.KIND,
        quiz.KIND,
        reflection.KIND,
        discussion.KIND,
        mindfulness.KIND,
        family.KIND,
    )
}
# Every step kind of the vocabulary has its module.
assert KINDS.keys() == STEP_KINDS.keys(), sorted(set(STEP_KINDS) ^ set(KINDS))

__all__ = [
    "ACTIVITY",
    "DISCUSSION",
    "FAMILY",
    "KINDS",
    "MINDFULNESS",
    "QUIZ",
    "READ",
    "REFLECTION",
    "AnswerError",
    "LessonPlan",
    "Quiz",
    "Step",
    "StepKind",
    "lesson_quiz",
    "lesson_steps",
]
