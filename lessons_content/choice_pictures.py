"""Picture-led quiz choices: a choice that names a picture, as K-2 quizzes do.

    * ![](images/choices/tell-a-grown-up.svg) Stop and tell a grown-up >> Yes! ...

The Markdown image syntax comes first in the choice. Empty alt text (`![]`) marks the picture
decorative: the choice's own words sit under it and are what a screen reader reads, so alt text
that repeated them would be heard twice. Alt text, when given, must describe the picture (the
rules of `image_checks.alt_problem`) and must not repeat the choice's words.

Pure Python, no Django: the parser (`body.py`) splits the choice, `format.read_curriculum`
checks that each picture exists, and `lesson_pictures_problem` holds the rules for a question
and for a K-2 lesson.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from lessons_content.image_checks import alt_problem, path_problem
from lessons_content.specs import Choice, Question
from lessons_content.vocabulary import GRADE_BANDS

# Lessons of this band are for children who are still learning to read: every quiz choice
# leads with a picture.
PICTURE_LED_BAND = "K-2"
assert PICTURE_LED_BAND in GRADE_BANDS
_PICTURE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<path>[^)\s]+)\)\s*")


def split_picture(choice: str) -> tuple[str, str, str]:
    """(picture path, alt text, the choice's words) of a choice; path '' when it has none."""
    match = _PICTURE.match(choice)
    if match is None:
        return "", "", choice
    return match["path"], match["alt"].strip(), choice[match.end() :].strip()


def question_pictures_problem(question: str, choices: Sequence[Choice]) -> str | None:
    """A question's choices all lead with a picture or none do, and no two share one (the
    pictures would not tell them apart)."""
    with_picture = [c for c in choices if c.picture]
    if not with_picture:
        return None
    if len(with_picture) != len(choices):
        return f"question {question!r}: either every choice has a picture or none does"
    if len({c.picture for c in choices}) != len(choices):
        return f"question {question!r}: two choices show the same picture"
    return None


def lesson_pictures_problem(
    grade_band: str,
    questions: Sequence[Question],
    how: str = "'- ![](images/choices/<name>.svg) choice >> feedback'",
) -> str | None:
    """A K-2 lesson's quiz is picture-led: every question's choices have pictures. `how` says
    where a writer gives a choice its picture (the file format; the admin's field)."""
    if grade_band != PICTURE_LED_BAND:
        return None
    bare = next((q for q in questions if not all(c.picture for c in q.choices)), None)
    if bare is None:
        return None
    return (
        f"a {PICTURE_LED_BAND} quiz leads with pictures: every choice of {bare.text!r} needs "
        f"one ({how})"
    )


def choice_picture_problem(root: Path, choice: Choice) -> str | None:
    """What is wrong with one choice's picture (its file, its alt text), or None."""
    if not choice.picture:
        return None
    if problem := path_problem(root, choice.picture):
        return problem
    if not choice.picture_alt:
        return None  # decorative: the choice's words are its label
    if " ".join(choice.picture_alt.split()).casefold() == " ".join(choice.text.split()).casefold():
        return (
            f"the picture of choice {choice.text!r} repeats the choice's words as alt text; "
            "leave it empty ('![]') or describe the picture"
        )
    return alt_problem(choice.picture_alt)
