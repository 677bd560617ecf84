"""A quiz whose right answer is usually the longest choice can be passed without reading the
lesson: `load_lessons --check` refuses such a library and names the lessons to fix first."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from lessons_content import format as fmt
from lessons_content.quiz_balance import MAX_LONGEST_SHARE, length_balance, right_is_longest
from lessons_content.specs import Choice, Question

from .samples import GOOD_LESSON

# Three questions whose right answer is the longest choice every time.
GIVEAWAY_QUIZ = """::: quiz
? Which is strongest?
- fluffy2015 >> Pet names are easy to find.
* purple-bicycle-under-rain >> Yes: long and unrelated words.
? Should you share your password with a friend?
* No, only with a trusted grown-up at home >> Right.
- Yes >> Friends can fall out; keep it private.
? Where can you keep passwords safe?
- On a sticky note >> Anyone walking by can read it.
* In a password manager app >> Yes: it remembers long passwords for you.
:::"""


def giveaway(slug: str) -> str:
    start = GOOD_LESSON.index("::: quiz")
    end = GOOD_LESSON.index(":::", GOOD_LESSON.index("? Where can you keep")) + 3
    text = GOOD_LESSON[:start] + GIVEAWAY_QUIZ + GOOD_LESSON[end:]
    return text.replace("slug: strong-passwords", f"slug: {slug}")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    shutil.copy(fmt.CONTENT_DIR / "strands.yaml", tmp_path / "strands.yaml")
    (tmp_path / "lessons" / "online-safety").mkdir(parents=True)
    (tmp_path / "family").mkdir()
    return tmp_path


def test_a_library_where_the_longest_choice_is_usually_right_is_refused_with_the_lessons_named(
    library,
):
    folder = library / "lessons" / "online-safety"
    (folder / "giveaway.md").write_text(giveaway("giveaway"))
    (folder / "strong-passwords.md").write_text(GOOD_LESSON)  # 1 of 3 longest
    curriculum = fmt.read_curriculum(library)
    [error] = curriculum.errors
    assert error.path == library / "lessons"
    assert "the right answer is the longest choice in 67% of quiz questions (4 of 6)" in str(error)
    assert "the limit is 40%" in str(error)
    assert "starting with: giveaway (3 of 3), strong-passwords (1 of 3)" in str(error)


def test_load_lessons_check_refuses_it_and_says_why(library):
    (library / "lessons" / "online-safety" / "giveaway.md").write_text(giveaway("giveaway"))
    err = StringIO()
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("load_lessons", "--check", "--path", str(library), stderr=err)
    assert "longest choice in 100% of quiz questions" in err.getvalue()


def test_a_library_within_the_limit_passes(library):
    (library / "lessons" / "online-safety" / "strong-passwords.md").write_text(GOOD_LESSON)
    assert fmt.read_curriculum(library).errors == []


def test_a_tie_for_longest_counts_as_giving_the_answer_away():
    tie = Question(
        "Which is kind?",
        (
            Choice("Good game!", True, "Yes."),
            Choice("Bad game!", False, "No."),
        ),
    )
    assert right_is_longest(tie)
    assert not right_is_longest(
        Question("Q?", (Choice("Yes", True, "a"), Choice("Not at all", False, "b")))
    )


def test_the_real_library_keeps_length_from_giving_answers_away():
    balance = length_balance(fmt.read_curriculum().lessons)
    assert balance.longest_share <= MAX_LONGEST_SHARE
    # Always choosing the longest choice fails nine lessons in ten at least (none today).
    assert len(balance.passed_by_longest()) <= len(balance.lessons) // 10
