"""What a lesson asks of a student, read from its body: the steps in order, and the quiz.

Blocks are grouped by what the student does with them, always in the same order, so every
lesson feels the same: read and watch, activity, quiz, reflection, discussion, mindfulness,
family take-home. A kind with no block in the lesson is left out. Within a step the blocks
keep their order in the body.

The quiz is turned into plain value objects here; the answer key never leaves the server
until `curriculum.steps.quiz` scores an attempt.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from curriculum.models import LessonPage
from lessons_content.specs import Choice, Question
from lessons_content.vocabulary import BLOCK_STEP, STEP_KINDS

# A step's name is the product's word, in the student's language (lazy: a plan may outlive a
# request); the vocabulary is pure Python, so its English is the message id.
STEP_TITLES = {
    "read": _("Read and watch"),
    "activity": _("Activity"),
    "quiz": _("Quiz"),
    "reflection": _("Reflection"),
    "discussion": _("Discussion"),
    "mindfulness": _("Mindfulness exercise"),
    "family": _("Family take-home"),
}
assert STEP_TITLES.keys() == STEP_KINDS.keys()

MAX_ANSWER_CHARS = 10_000


class AnswerError(Exception):
    """A submission we refuse, with a message the student can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class Step:
    key: str
    title: str
    number: int
    blocks: tuple[Any, ...]

    @property
    def prompts(self) -> list[str]:
        """The prompt texts of a reflection or discussion step."""
        return [block.value["prompt"] for block in self.blocks]


@dataclass(frozen=True, slots=True)
class Quiz:
    questions: tuple[Question, ...]
    # Per question, per choice: the choice's Wagtail image (its alt text or decorative flag on
    # it), or None. Kept apart from the questions, which are plain content value objects.
    pictures: tuple[tuple[Any, ...], ...] = ()

    def picture(self, question: int, choice: int) -> Any:
        try:
            return self.pictures[question][choice]
        except IndexError:
            return None

    @property
    def fingerprint(self) -> str:
        """Changes when an editor changes the questions, so a stale form is noticed."""
        data = [[q.text, [c.text for c in q.choices]] for q in self.questions]
        return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:16]


def lesson_steps(body: Iterable[Any]) -> list[Step]:
    grouped: dict[str, list[Any]] = {}
    for block in body:
        key = BLOCK_STEP.get(block.block_type)
        if key is not None:
            grouped.setdefault(key, []).append(block)
    keys = [key for key in STEP_KINDS if key in grouped]
    return [
        Step(key=key, title=STEP_TITLES[key], number=n, blocks=tuple(grouped[key]))
        for n, key in enumerate(keys, start=1)
    ]


def lesson_quiz(body: Iterable[Any]) -> Quiz:
    """Every quiz question of the lesson, across quiz blocks, in body order."""
    questions, pictures = [], []
    for block in body:
        if block.block_type != "quiz":
            continue
        for question in block.value["questions"]:
            choices = tuple(
                Choice(str(c["text"]), bool(c["correct"]), str(c["feedback"]))
                for c in question["choices"]
            )
            questions.append(Question(str(question["question"]), choices))
            pictures.append(tuple(c.get("picture") for c in question["choices"]))
    return Quiz(tuple(questions), tuple(pictures))


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
