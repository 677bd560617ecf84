"""The lesson file format, read without a database: what a teacher who writes lessons sees."""

from pathlib import Path

import pytest

from lessons_content import format as fmt

from .samples import GOOD_LESSON


def write(tmp_path: Path, text: str, name: str = "lesson.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> fmt.ContentError:
    with pytest.raises(fmt.ContentError) as caught:
        fmt.parse_lesson(write(tmp_path, text), strands={"online-safety"})
    return caught.value


def test_a_well_formed_lesson_becomes_a_spec_with_every_block(tmp_path):
    spec = fmt.parse_lesson(write(tmp_path, GOOD_LESSON), strands={"online-safety"})
    assert spec.title == "Strong Passwords"
    assert spec.grade_band == "3-5"
    assert [b.kind for b in spec.blocks] == [
        "rich_text",
        "callout",
        "activity",
        "discussion",
        "quiz",
        "mindfulness",
        "reflection",
        "family_tip",
    ]
    assert len(spec.quiz_questions) == 3
    assert spec.quiz_questions[0].choices[1].correct
    assert spec.quiz_questions[0].choices[1].feedback == "Yes: long and unrelated words."
    activity = spec.blocks[2]
    assert activity.intro == "Work in pairs."
    assert activity.steps == ("Write a weak password.", "Make it stronger.")
    assert spec.blocks[5].steps[0].seconds == 20
    assert spec.pass_mark == 70 and spec.completion == ("quiz", "reflection")


@pytest.mark.parametrize(
    ("broken", "line", "words"),
    [
        (
            GOOD_LESSON.replace("* purple-bicycle-under-rain", "- purple-bicycle-under-rain"),
            31,
            "0 right answers",
        ),
        (GOOD_LESSON.replace("- fluffy2015", "* fluffy2015"), 31, "2 right answers"),
        (
            GOOD_LESSON.replace(
                "- fluffy2015 >> Pet names are easy to find.",
                "- fluffy2015 >> Pet names are easy to find.\n-  Fluffy2015 >> Same again.",
            ),
            31,
            "offers the choice 'Fluffy2015' twice",
        ),
        (
            GOOD_LESSON.replace("- fluffy2015 >> Pet names are easy to find.", "- fluffy2015"),
            32,
            "'- choice >> feedback'",
        ),
        (
            GOOD_LESSON.replace("20 | Breathe in slowly.", "twenty | Breathe in"),
            43,
            "<seconds> | <what to do>",
        ),
        (
            GOOD_LESSON.replace("::: discussion", "::: discusion"),
            26,
            "unknown block '::: discusion'",
        ),
        (
            GOOD_LESSON.replace(
                "Why do people reuse passwords?\n:::", "Why do people reuse passwords?"
            ),
            29,
            "before '::: discussion' (line 26) is closed",
        ),
        (GOOD_LESSON.replace('grade_band: "3-5"', 'grade_band: "13"'), 2, "'grade_band' is '13'"),
        (
            GOOD_LESSON.replace("duration: 40", "duration: soon"),
            2,
            "'duration' must be a whole number",
        ),
        (
            GOOD_LESSON.replace("strand: online-safety", "strand: astronomy"),
            2,
            "not in strands.yaml",
        ),
        (
            GOOD_LESSON.replace("standards: [iste-1.2d, digital-hygiene]", "standards: [iste-9]"),
            2,
            "unknown standards",
        ),
        (GOOD_LESSON.replace("tags: [passwords]", "tags: [passwords"), 11, "not valid YAML"),
        (
            GOOD_LESSON.replace("Passwords keep", "# Passwords keep"),
            14,
            "headings in the body start at '##'",
        ),
        (
            GOOD_LESSON.replace("::: reflection\nWhich account will you make safer?\n:::\n", ""),
            1,
            "needs a reflection prompt",
        ),
        (
            GOOD_LESSON.replace("::: callout warm-up Secrets", "::: callout tip Secrets"),
            1,
            "needs a warm-up callout",
        ),
        (
            GOOD_LESSON.replace("1. Write a weak password.\n2. Make it stronger.\n", ""),
            20,
            "numbered steps",
        ),
        (GOOD_LESSON.replace("---\ntitle", "title", 1), 1, "must start with a '---' line"),
        (GOOD_LESSON.replace("slug: strong-passwords", "slug: Strong Passwords"), 2, "'slug'"),
    ],
    ids=[
        "no-right-answer",
        "two-right-answers",
        "duplicate-choice",
        "choice-without-feedback",
        "bad-mindfulness-seconds",
        "unknown-block",
        "unclosed-block",
        "bad-grade-band",
        "bad-duration",
        "unknown-strand",
        "unknown-standard",
        "broken-yaml",
        "h1-in-body",
        "missing-reflection",
        "missing-warm-up",
        "activity-without-steps",
        "no-front-matter",
        "bad-slug",
    ],
)
def test_a_broken_lesson_names_the_line_and_the_problem(tmp_path, broken, line, words):
    error = error_for(tmp_path, broken)
    assert error.line == line, str(error)
    assert words in error.message
    assert str(error).startswith(f"{tmp_path / 'lesson.md'}:{line}: ")


def test_a_quiz_with_fewer_than_three_questions_is_refused(tmp_path):
    two_questions = (
        GOOD_LESSON.split("? Where can you keep")[0]
        + ":::\n"
        + GOOD_LESSON.split(
            "* In a password manager >> Yes: it remembers long passwords for you.\n:::\n"
        )[1]
    )
    assert "at least three questions" in error_for(tmp_path, two_questions).message


def test_binary_and_non_utf8_files_are_refused_with_the_line(tmp_path):
    path = tmp_path / "binary.md"
    path.write_bytes(b"---\ntitle: x\n\x00\x01\x02")
    with pytest.raises(fmt.ContentError, match="NUL byte") as caught:
        fmt.parse_lesson(path)
    assert caught.value.line == 3
    path.write_bytes(b"---\ntitle: caf\xe9\n---\n")
    with pytest.raises(fmt.ContentError, match="not valid UTF-8") as caught:
        fmt.parse_lesson(path)
    assert caught.value.line == 2


def test_an_oversized_file_is_refused(tmp_path):
    path = write(tmp_path, GOOD_LESSON + "x" * fmt.MAX_FILE_BYTES)
    with pytest.raises(fmt.ContentError, match="the limit is"):
        fmt.parse_lesson(path)


def test_windows_line_endings_and_a_byte_order_mark_are_fine(tmp_path):
    path = tmp_path / "windows.md"
    path.write_bytes(("\ufeff" + GOOD_LESSON).replace("\n", "\r\n").encode("utf-8"))
    assert fmt.parse_lesson(path, strands={"online-safety"}).slug == "strong-passwords"


def test_family_pages_refuse_quizzes(tmp_path):
    text = "---\ntitle: T\nslug: t\nsummary: S\n---\n\n::: quiz\n? Q\n* a >> b\n- c >> d\n:::\n"
    with pytest.raises(fmt.ContentError, match="cannot hold a quiz"):
        fmt.parse_family_page(write(tmp_path, text))


def test_the_whole_curriculum_parses_and_meets_the_brief():
    curriculum = fmt.read_curriculum()
    assert curriculum.errors == []
    assert len(curriculum.strands) == 8
    assert len(curriculum.lessons) >= 24
    english_family = [p for p in curriculum.family_pages if p.language == "en"]
    assert len(english_family) >= 10
    assert any(p.language == "es" for p in curriculum.family_pages)
    for strand in curriculum.strands:
        lessons = [lesson for lesson in curriculum.lessons if lesson.strand == strand.slug]
        assert len(lessons) >= 3, f"strand {strand.slug} has {len(lessons)} lessons"
    for band in fmt.GRADE_BANDS:
        assert any(lesson.grade_band == band for lesson in curriculum.lessons), band
