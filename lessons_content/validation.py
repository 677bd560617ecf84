"""The rules a quiz and a lesson's steps must follow, as pure functions.

Both the file loader (`lessons_content.format`) and the Wagtail admin's blocks
(`curriculum/blocks.py`) call these, so an editor in the admin is refused exactly what
`manage.py load_lessons --check` refuses, with the same words. Each function returns what is
wrong as a sentence, or None; the caller adds where (a file and line, or a form field).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from lessons_content.specs import Choice, Question
from lessons_content.vocabulary import MINDFULNESS_SECONDS, WARM_UP

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


# What every lesson must hold, by body block kind (the StreamField names), in the order named.
LESSON_PARTS = {
    "activity": "an activity",
    "discussion": "a discussion prompt",
    "reflection": "a reflection prompt",
    "family_tip": "a family tip",
}


def lesson_parts_problem(
    kinds: Collection[str], callout_styles: Collection[str], quiz_sizes: Sequence[int]
) -> str | None:
    """What a whole lesson lacks, or None: a warm-up callout, an activity, a discussion, a
    reflection, a family tip, and exactly one quiz of at least three questions.
    `quiz_sizes` holds the number of questions of each quiz block, in body order."""
    missing = [] if WARM_UP in callout_styles else ["a warm-up callout"]
    missing += [name for kind, name in LESSON_PARTS.items() if kind not in kinds]
    if missing:
        return f"a lesson needs {', '.join(missing)}"
    if len(quiz_sizes) != 1:
        return f"a lesson needs exactly one quiz (found {len(quiz_sizes)})"
    if quiz_sizes[0] < MIN_LESSON_QUESTIONS:
        return "a lesson's quiz needs at least three questions"
    return None


def mindfulness_step_problem(seconds: int | None) -> str | None:
    low, high = MINDFULNESS_SECONDS
    if seconds is None or not low <= seconds <= high:
        return f"a step lasts from {low} to {high} seconds"
    return None


def unknown_terms(values: Iterable[str], vocabulary: Mapping[str, str]) -> list[str]:
    """The values that are not in the vocabulary, in their order."""
    return [value for value in values if value not in vocabulary]
