"""The lesson file format: Markdown with YAML front matter and `::: kind` blocks.

Pure Python, no Django: it turns a file's text into value objects (`LessonSpec`,
`FamilyPageSpec`, in `specs.py`) or raises `ContentError` naming the file and line. The words
it accepts come from `vocabulary.py` and the quiz rules from `validation.py`, which the admin
uses too. The Wagtail importer in `curriculum/importer.py` only ever sees specs that passed here;
`manage.py load_lessons --check` checks every file without a database.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from lessons_content.body import parse_blocks
from lessons_content.case_studies import case_study_problem
from lessons_content.choice_pictures import choice_picture_problem, lesson_pictures_problem
from lessons_content.image_checks import image_problem
from lessons_content.quiz_balance import balance_problem, length_balance
from lessons_content.screens import screens_problem
from lessons_content.specs import (
    Activity,
    Block,
    Callout,
    CaseStudy,
    Choice,
    ContentError,
    Curriculum,
    FamilyPageSpec,
    FamilyTip,
    HelpContacts,
    Image,
    LessonSpec,
    Mindfulness,
    MindfulnessStep,
    Prompt,
    Question,
    Quiz,
    RichText,
    StrandSpec,
    TeacherNote,
    Video,
)
from lessons_content.validation import lesson_parts_problem, unknown_terms
from lessons_content.vocabulary import (
    CALLOUT_STYLES,
    COMPLETION_RULES,
    DEFAULT_COMPLETION,
    ENGLISH,
    GRADE_BANDS,
    KEEP_SCORE,
    LANGUAGES,
    STANDARDS,
)

# Existing callers import the value objects and the vocabulary from here.
__all__ = [
    "CALLOUT_STYLES",
    "COMPLETION_RULES",
    "CONTENT_DIR",
    "GRADE_BANDS",
    "LANGUAGES",
    "STANDARDS",
    "Activity",
    "Block",
    "Callout",
    "CaseStudy",
    "Choice",
    "ContentError",
    "Curriculum",
    "FamilyPageSpec",
    "FamilyTip",
    "HelpContacts",
    "Image",
    "LessonSpec",
    "Mindfulness",
    "MindfulnessStep",
    "Prompt",
    "Question",
    "Quiz",
    "RichText",
    "StrandSpec",
    "TeacherNote",
    "Video",
    "parse_blocks",
    "parse_family_page",
    "parse_lesson",
    "parse_strands",
    "read_curriculum",
]

CONTENT_DIR = Path(__file__).resolve().parent
MAX_FILE_BYTES = 512 * 1024


# --- Reading files ----------------------------------------------------------------------


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise ContentError(path, 1, f"file is {len(raw)} bytes; the limit is {MAX_FILE_BYTES}")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ContentError(path, line, "file contains a NUL byte: is it a binary file?")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(path, line, "file is not valid UTF-8 text") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], list[str], int]:
    """Return (front matter, body lines, line number of the first body line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ContentError(path, 1, "file must start with a '---' line, then the front matter")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ContentError(path, 1, "front matter is not closed by a second '---' line") from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ContentError(path, line, f"front matter is not valid YAML: {problem}") from None
    if not isinstance(meta, dict):
        raise ContentError(path, 2, "front matter must be 'key: value' lines")
    return meta, lines[end + 1 :], end + 2


class _Fields:
    """Typed access to front-matter fields, each error naming the field."""

    def __init__(self, path: Path, meta: dict[str, Any]) -> None:
        self.path, self.meta = path, meta

    def fail(self, message: str) -> ContentError:
        return ContentError(self.path, 2, message)

    def text(self, name: str, default: str | None = None) -> str:
        value = self.meta.get(name, default)
        if value is None:
            raise self.fail(f"front matter needs '{name}'")
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise self.fail(f"'{name}' must be text")
        value = str(value).strip()
        if not value and default is None:
            raise self.fail(f"'{name}' must not be empty")
        return value

    def integer(self, name: str, default: int | None, low: int, high: int) -> int:
        value = self.meta.get(name, default)
        if value is None:
            raise self.fail(f"front matter needs '{name}'")
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.fail(f"'{name}' must be a whole number from {low} to {high}")
        return value

    def text_list(self, name: str, required: bool = False) -> tuple[str, ...]:
        value = self.meta.get(name)
        if value is None:
            if required:
                raise self.fail(f"front matter needs '{name}' (a list)")
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            raise self.fail(f"'{name}' must be a list of text items")
        items = tuple(str(v).strip() for v in value if str(v).strip())
        if required and not items:
            raise self.fail(f"'{name}' needs at least one item")
        return items

    def choice(self, name: str, allowed: Mapping[str, str], default: str | None = None) -> str:
        value = self.text(name, default)
        if value not in allowed:
            raise self.fail(f"'{name}' is {value!r}; it must be one of {', '.join(allowed)}")
        return value

    def slug(self) -> str:
        value = self.text("slug")
        if (
            not all(c.isascii() and (c.isalnum() or c == "-") for c in value)
            or value != value.lower()
        ):
            raise self.fail(f"'slug' {value!r} must be lower-case letters, digits and '-'")
        return value


# --- Whole files ------------------------------------------------------------------------


def _require_lesson_parts(path: Path, blocks: tuple[Block, ...]) -> None:
    # A tip for families in another language adds to the English one; it does not replace it.
    english = [b for b in blocks if not (isinstance(b, FamilyTip) and b.language != ENGLISH)]
    problem = lesson_parts_problem(
        kinds={b.kind for b in english},
        callout_styles={b.style for b in blocks if isinstance(b, Callout)},
        quiz_sizes=[len(b.questions) for b in blocks if isinstance(b, Quiz)],
    )
    if problem:
        raise ContentError(path, 1, problem)
    translated = [b.language for b in blocks if isinstance(b, FamilyTip) and b.language != ENGLISH]
    if twice := sorted({code for code in translated if translated.count(code) > 1}):
        raise ContentError(path, 1, f"a lesson has one family tip per language ({twice[0]} twice)")


def parse_lesson(
    path: Path, text: str | None = None, strands: set[str] | None = None
) -> LessonSpec:
    text = read_text(path) if text is None else text
    meta, body, first_line = split_front_matter(path, text)
    f = _Fields(path, meta)
    strand = f.text("strand")
    if strands is not None and strand not in strands:
        raise f.fail(f"strand {strand!r} is not in strands.yaml ({', '.join(sorted(strands))})")
    standards = f.text_list("standards", required=True)
    if unknown := unknown_terms(standards, STANDARDS):
        raise f.fail(f"unknown standards {unknown}; known: {', '.join(STANDARDS)}")
    completion = f.text_list("completion") or DEFAULT_COMPLETION
    if bad := unknown_terms(completion, COMPLETION_RULES):
        raise f.fail(f"unknown completion rules {bad}; known: {', '.join(COMPLETION_RULES)}")
    blocks = parse_blocks(path, body, first_line)
    _require_lesson_parts(path, blocks)
    grade_band = f.choice("grade_band", GRADE_BANDS)
    questions = [q for b in blocks if isinstance(b, Quiz) for q in b.questions]
    if problem := lesson_pictures_problem(grade_band, questions):
        raise ContentError(path, _line_of(body, first_line, "::: quiz"), problem)
    if problem := case_study_problem(grade_band, (b.kind for b in blocks)):
        raise ContentError(path, 1, problem)
    if problem := screens_problem(grade_band, blocks):
        raise ContentError(path, 1, problem)
    return LessonSpec(
        path=path,
        title=f.text("title"),
        slug=f.slug(),
        strand=strand,
        grade_band=grade_band,
        duration=f.integer("duration", None, 5, 600),
        summary=f.text("summary"),
        objectives=f.text_list("objectives", required=True),
        standards=standards,
        tags=f.text_list("tags"),
        blocks=blocks,
        pass_mark=f.integer("pass_mark", 70, 0, 100),
        quiz_attempts=f.integer("quiz_attempts", 0, 0, 100),
        keep_score=f.choice("keep_score", KEEP_SCORE, "best"),
        completion=completion,
    )


def _line_of(body: list[str], first_line: int, opener: str) -> int:
    return next(
        (first_line + i for i, line in enumerate(body) if line.strip().startswith(opener)),
        first_line,
    )


def parse_family_page(path: Path, text: str | None = None) -> FamilyPageSpec:
    text = read_text(path) if text is None else text
    meta, body, first_line = split_front_matter(path, text)
    f = _Fields(path, meta)
    grade_bands = f.text_list("grade_bands")
    if bad := unknown_terms(grade_bands, GRADE_BANDS):
        raise f.fail(f"unknown grade bands {bad}; known: {', '.join(GRADE_BANDS)}")
    blocks = parse_blocks(path, body, first_line)
    if not blocks:
        raise ContentError(path, first_line, "the page has no text")
    if quiz := next((b for b in blocks if isinstance(b, Quiz)), None):
        raise ContentError(
            path, 1, f"family pages cannot hold a quiz ({len(quiz.questions)} found)"
        )
    if any(isinstance(b, CaseStudy) for b in blocks):
        line = _line_of(body, first_line, "::: case-study")
        raise ContentError(path, line, "case studies belong in lessons, not family pages")
    if any(isinstance(b, TeacherNote) for b in blocks):
        # Family pages have no teacher view: a note there would be shown to no one.
        line = _line_of(body, first_line, "::: teacher")
        raise ContentError(path, line, "family pages cannot hold a '::: teacher' note")
    language = f.choice("language", LANGUAGES, ENGLISH)
    # A plain `::: family-tip` is in its page's language: a Spanish guide's tips are Spanish.
    blocks = tuple(
        dataclasses.replace(b, language=language)
        if isinstance(b, FamilyTip) and b.language == ENGLISH
        else b
        for b in blocks
    )
    return FamilyPageSpec(
        path=path,
        title=f.text("title"),
        slug=f.slug(),
        summary=f.text("summary"),
        blocks=blocks,
        language=language,
        translation_of=f.text("translation_of", ""),
        grade_bands=grade_bands,
        related_lessons=f.text_list("related_lessons"),
        tags=f.text_list("tags"),
    )


def parse_strands(path: Path) -> list[StrandSpec]:
    try:
        data = yaml.safe_load(read_text(path))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ContentError(path, mark.line + 1 if mark else 1, "not valid YAML") from None
    if not isinstance(data, list):
        raise ContentError(path, 1, "strands.yaml must be a list of strands")
    strands = []
    for order, item in enumerate(data):
        if not isinstance(item, dict) or not {"slug", "title", "summary"} <= item.keys():
            raise ContentError(path, 1, f"strand {order + 1} needs slug, title and summary")
        strands.append(
            StrandSpec(str(item["slug"]), str(item["title"]), str(item["summary"]), order)
        )
    return strands


def read_curriculum(root: Path = CONTENT_DIR) -> Curriculum:
    """Parse every file under `root`, collecting errors rather than stopping at the first."""
    curriculum = Curriculum()
    try:
        curriculum.strands = parse_strands(root / "strands.yaml")
    except (ContentError, OSError) as exc:
        curriculum.errors.append(
            exc
            if isinstance(exc, ContentError)
            else ContentError(root / "strands.yaml", 1, str(exc))
        )
    strand_slugs = {s.slug for s in curriculum.strands}
    for path in sorted((root / "lessons").rglob("*.md")):
        try:
            curriculum.lessons.append(parse_lesson(path, strands=strand_slugs))
        except ContentError as exc:
            curriculum.errors.append(exc)
    for path in sorted((root / "family").rglob("*.md")):
        try:
            curriculum.family_pages.append(parse_family_page(path))
        except ContentError as exc:
            curriculum.errors.append(exc)
    _check_unique_slugs(curriculum)
    _check_images(root, curriculum)
    _check_quiz_balance(root, curriculum)
    return curriculum


def _check_quiz_balance(root: Path, curriculum: Curriculum) -> None:
    # A rule about the library as a whole: the error points at the lessons folder and names
    # the lessons to start with.
    if problem := balance_problem(length_balance(curriculum.lessons)):
        curriculum.errors.append(ContentError(root / "lessons", 1, problem))


def _check_images(root: Path, curriculum: Curriculum) -> None:
    # The rules for one image (inside the folder, a picture format, exists, alt text that
    # describes it) live in image_checks.
    for spec in [*curriculum.lessons, *curriculum.family_pages]:
        for block in spec.blocks:
            if isinstance(block, Image) and (problem := image_problem(root, block.path, block.alt)):
                curriculum.errors.append(ContentError(spec.path, block.line, problem))
    for lesson in curriculum.lessons:
        for choice in (c for q in lesson.quiz_questions for c in q.choices):
            if problem := choice_picture_problem(root, choice):
                # Choices carry no line of their own; the quiz's opening line is close enough.
                curriculum.errors.append(
                    ContentError(lesson.path, _quiz_line(lesson.path), problem)
                )


def _quiz_line(path: Path) -> int:
    lines = read_text(path).split("\n")
    return next((i + 1 for i, line in enumerate(lines) if line.strip() == "::: quiz"), 1)


def _check_unique_slugs(curriculum: Curriculum) -> None:
    seen: dict[str, Path] = {}
    for spec in [*curriculum.lessons, *curriculum.family_pages]:
        if spec.slug in seen:
            curriculum.errors.append(
                ContentError(
                    spec.path, 2, f"slug {spec.slug!r} is already used by {seen[spec.slug]}"
                )
            )
        seen[spec.slug] = spec.path
    english = {p.slug for p in curriculum.family_pages if p.language == ENGLISH}
    for page in curriculum.family_pages:
        if page.translation_of and page.translation_of not in english:
            curriculum.errors.append(
                ContentError(
                    page.path, 2, f"translation_of {page.translation_of!r} is no English page"
                )
            )
    lessons = {lesson.slug for lesson in curriculum.lessons}
    for page in curriculum.family_pages:
        for slug in page.related_lessons:
            if slug not in lessons:
                curriculum.errors.append(
                    ContentError(page.path, 2, f"related lesson {slug!r} not found")
                )
