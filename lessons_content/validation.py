"""The rules a quiz and a lesson's steps must follow, as pure functions.

Both the file loader (`lessons_content.format`) and the Wagtail admin's blocks
(`curriculum/blocks.py`) call these, so an editor in the admin is refused exactly what
`manage.py load_lessons --check` refuses, with the same words. Each function returns what is
wrong as a sentence, or None; the caller adds where (a file and line, or a form field).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from lessons_content.specs import Choice, Question
from lessons_content.vocabulary import MINDFULNESS_SECONDS

MIN_CHOICES = 2
MIN_LESSON_QUESTIONS = 3


def question_problem(text: str, choices: Sequence[Choice]) -> str | None:
    """What is wrong with one single-choice question, or None."""
    text = text.strip()
    if not text:
        return "a question has no text"
    if len(choices) < MIN_CHOICES:
        return f"question {text!r} needs at least two choices"
    for choice in choices:
        if not choice.text.strip():
            return f"question {text!r} has a choice with no text"
        if not choice.feedback.strip():
            return f"choice {choice.text.strip()!r} of question {text!r} has no feedback"
    right = sum(choice.correct for choice in choices)
    if right != 1:
        return f"question {text!r} has {right} right answers; it needs exactly one"
    seen: set[str] = set()
    for choice in choices:
        # The same words in another case or spacing read as the same choice to a student.
        key = " ".join(choice.text.split()).casefold()
        if key in seen:
            return f"question {text!r} offers the choice {choice.text.strip()!r} twice"
        seen.add(key)
    return None


def quiz_problem(questions: Sequence[Question]) -> str | None:
    """What is wrong with a quiz as a whole (its questions are checked one by one), or None."""
    if not questions:
        return "the quiz has no questions"
    return None


def mindfulness_step_problem(seconds: int | None) -> str | None:
    low, high = MINDFULNESS_SECONDS
    if seconds is None or not low <= seconds <= high:
        return f"a step lasts from {low} to {high} seconds"
    return None


def unknown_terms(values: Iterable[str], vocabulary: Mapping[str, str]) -> list[str]:
    """The values that are not in the vocabulary, in their order."""
    return [value for value in values if value not in vocabulary]
