"""Does the length of a quiz's choices give the right answer away? Pure Python, no Django.

A student who has not read the lesson can still pass a quiz whose right answer is usually the
longest choice (writers tend to qualify the true statement and leave the distractors short).
The library as a whole is refused when that happens in more than `MAX_LONGEST_SHARE` of its
questions; the message names the lessons that contribute most, so an editor knows where to
start. A tie for longest counts: a student picking the longest choice would get it half the time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lessons_content.specs import LessonSpec, Question

MAX_LONGEST_SHARE = 0.40
# How many lessons the refusal names.
NAMED_LESSONS = 5


def _length(text: str) -> int:
    # What the student sees: runs of spaces read as one.
    return len(" ".join(text.split()))


def right_is_longest(question: Question) -> bool:
    """True when no other choice is longer than the right one."""
    lengths = [_length(c.text) for c in question.choices]
    right = question.correct_index
    return right >= 0 and lengths[right] == max(lengths)


def right_is_shortest(question: Question) -> bool:
    """True when no other choice is shorter than the right one."""
    lengths = [_length(c.text) for c in question.choices]
    right = question.correct_index
    return right >= 0 and lengths[right] == min(lengths)


@dataclass(frozen=True, slots=True)
class LessonBalance:
    slug: str
    path: Path
    questions: int
    right_longest: int
    right_shortest: int
    pass_mark: int

    def passes_by_length(self, right: int) -> bool:
        """Would always picking one length (longest or shortest) reach the pass mark?"""
        return bool(self.questions) and 100 * right >= self.pass_mark * self.questions


@dataclass(frozen=True, slots=True)
class LengthBalance:
    lessons: tuple[LessonBalance, ...]

    @property
    def questions(self) -> int:
        return sum(lesson.questions for lesson in self.lessons)

    @property
    def right_longest(self) -> int:
        return sum(lesson.right_longest for lesson in self.lessons)

    @property
    def right_shortest(self) -> int:
        return sum(lesson.right_shortest for lesson in self.lessons)

    @property
    def longest_share(self) -> float:
        return self.right_longest / self.questions if self.questions else 0.0

    @property
    def shortest_share(self) -> float:
        return self.right_shortest / self.questions if self.questions else 0.0

    def passed_by_longest(self) -> list[LessonBalance]:
        return [x for x in self.lessons if x.passes_by_length(x.right_longest)]

    def passed_by_shortest(self) -> list[LessonBalance]:
        return [x for x in self.lessons if x.passes_by_length(x.right_shortest)]

    def worst(self, count: int = NAMED_LESSONS) -> list[LessonBalance]:
        """The lessons with the most longest-is-right questions, most first."""
        ranked = sorted(
            (x for x in self.lessons if x.right_longest),
            key=lambda x: (-x.right_longest, -x.right_longest / x.questions, x.slug),
        )
        return ranked[:count]


def length_balance(lessons: Iterable[LessonSpec]) -> LengthBalance:
    return LengthBalance(
        tuple(
            LessonBalance(
                slug=lesson.slug,
                path=lesson.path,
                questions=len(lesson.quiz_questions),
                right_longest=sum(map(right_is_longest, lesson.quiz_questions)),
                right_shortest=sum(map(right_is_shortest, lesson.quiz_questions)),
                pass_mark=lesson.pass_mark,
            )
            for lesson in lessons
        )
    )


def balance_problem(balance: LengthBalance, limit: float = MAX_LONGEST_SHARE) -> str | None:
    """Why the library's quizzes can be passed by choosing the longest answer, or None."""
    if balance.longest_share <= limit:
        return None
    named = ", ".join(f"{x.slug} ({x.right_longest} of {x.questions})" for x in balance.worst())
    return (
        f"the right answer is the longest choice in {balance.longest_share:.0%} of quiz "
        f"questions ({balance.right_longest} of {balance.questions}); the limit is {limit:.0%}. "
        f"Make some right answers shorter or some wrong ones as long, starting with: {named}"
    )
