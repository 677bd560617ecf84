"""The lesson file format: Markdown with YAML front matter and `::: kind` blocks.

Pure Python, no Django: it turns a file's text into value objects (`LessonSpec`,
`FamilyPageSpec`) or raises `ContentError` naming the file and line. The Wagtail
importer in `curriculum/importer.py` only ever sees specs that passed here.

Run `python -m lessons_content.format [folder]` to check every file without a database.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CONTENT_DIR = Path(__file__).resolve().parent

GRADE_BANDS = ("K-2", "3-5", "6-8", "9-12")
STANDARDS = {
    "iste-1.2a": "ISTE 1.2a: manage digital identity and reputation",
    "iste-1.2b": "ISTE 1.2b: positive, safe, legal and ethical behaviour online",
    "iste-1.2c": "ISTE 1.2c: respect for intellectual property",
    "iste-1.2d": "ISTE 1.2d: manage personal data, privacy and security",
    "digital-literacy": "Digital literacy",
    "digital-hygiene": "Digital hygiene",
    "rights-responsibilities": "Rights and responsibilities",
    "etiquette-communication": "Etiquette and communication",
}
CALLOUT_STYLES = ("warm-up", "tip", "note", "safety")
COMPLETION_RULES = ("quiz", "reflection", "discussion", "all_steps")
LANGUAGES = ("en", "es")
MAX_FILE_BYTES = 512 * 1024


class ContentError(ValueError):
    """A content file cannot be understood. `str()` reads `path:line: what is wrong`."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")


# --- Blocks -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RichText:
    markdown: str
    kind: str = "rich_text"


@dataclass(frozen=True, slots=True)
class Callout:
    style: str
    title: str
    markdown: str
    kind: str = "callout"


@dataclass(frozen=True, slots=True)
class Activity:
    title: str
    intro: str
    steps: tuple[str, ...]
    kind: str = "activity"


@dataclass(frozen=True, slots=True)
class Prompt:
    kind: str  # "discussion" or "reflection"
    text: str


@dataclass(frozen=True, slots=True)
class Choice:
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    choices: tuple[Choice, ...]

    @property
    def correct_index(self) -> int:
        return next((i for i, c in enumerate(self.choices) if c.correct), -1)


@dataclass(frozen=True, slots=True)
class Quiz:
    questions: tuple[Question, ...]
    kind: str = "quiz"


@dataclass(frozen=True, slots=True)
class MindfulnessStep:
    seconds: int
    text: str


@dataclass(frozen=True, slots=True)
class Mindfulness:
    title: str
    steps: tuple[MindfulnessStep, ...]
    kind: str = "mindfulness"


@dataclass(frozen=True, slots=True)
class FamilyTip:
    title: str
    markdown: str
    kind: str = "family_tip"


@dataclass(frozen=True, slots=True)
class Video:
    url: str
    caption: str
    kind: str = "video"


@dataclass(frozen=True, slots=True)
class Image:
    path: str
    alt: str
    line: int = 0
    kind: str = "image"


Block = RichText | Callout | Activity | Prompt | Quiz | Mindfulness | FamilyTip | Video | Image


# --- Pages ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StrandSpec:
    slug: str
    title: str
    summary: str
    order: int


@dataclass(frozen=True, slots=True)
class LessonSpec:
    path: Path
    title: str
    slug: str
    strand: str
    grade_band: str
    duration: int
    summary: str
    objectives: tuple[str, ...]
    standards: tuple[str, ...]
    tags: tuple[str, ...]
    blocks: tuple[Block, ...]
    pass_mark: int = 70
    quiz_attempts: int = 0
    keep_score: str = "best"
    completion: tuple[str, ...] = ("quiz", "reflection")

    @property
    def quiz_questions(self) -> tuple[Question, ...]:
        return tuple(q for b in self.blocks if isinstance(b, Quiz) for q in b.questions)


@dataclass(frozen=True, slots=True)
class FamilyPageSpec:
    path: Path
    title: str
    slug: str
    summary: str
    blocks: tuple[Block, ...]
    language: str = "en"
    translation_of: str = ""
    grade_bands: tuple[str, ...] = ()
    related_lessons: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(slots=True)
class Curriculum:
    strands: list[StrandSpec] = field(default_factory=list)
    lessons: list[LessonSpec] = field(default_factory=list)
    family_pages: list[FamilyPageSpec] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)


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

    def choice(self, name: str, allowed: tuple[str, ...], default: str | None = None) -> str:
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


# --- The body ---------------------------------------------------------------------------

BLOCK_KINDS = (
    "callout",
    "activity",
    "discussion",
    "reflection",
    "quiz",
    "mindfulness",
    "family-tip",
    "video",
    "image",
)


@dataclass(frozen=True, slots=True)
class _RawBlock:
    kind: str
    args: str
    lines: tuple[str, ...]
    line: int  # where the block's opening ':::' line is


def _split_body(path: Path, lines: list[str], first_line: int) -> Iterator[_RawBlock | RichText]:
    prose: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(":::"):
            opener_line = first_line + i
            if stripped == ":::":
                raise ContentError(path, opener_line, "':::' closes a block, but no block is open")
            kind, _, args = stripped[3:].strip().partition(" ")
            if kind not in BLOCK_KINDS:
                raise ContentError(
                    path,
                    opener_line,
                    f"unknown block '::: {kind}'; blocks are: {', '.join(BLOCK_KINDS)}",
                )
            if "\n".join(prose).strip():
                yield RichText("\n".join(prose).strip())
            prose = []
            inner: list[str] = []
            i += 1
            while i < len(lines) and lines[i].strip() != ":::":
                if lines[i].strip().startswith(":::"):
                    raise ContentError(
                        path,
                        first_line + i,
                        f"a new block starts before '::: {kind}' (line {opener_line}) is closed",
                    )
                inner.append(lines[i])
                i += 1
            if i == len(lines):
                raise ContentError(path, opener_line, f"'::: {kind}' is never closed by ':::'")
            yield _RawBlock(kind, args.strip(), tuple(inner), opener_line)
        else:
            if stripped.startswith("# "):
                raise ContentError(
                    path, first_line + i, "headings in the body start at '##'; '#' is the title"
                )
            prose.append(line)
        i += 1
    if "\n".join(prose).strip():
        yield RichText("\n".join(prose).strip())


def _body_text(raw: _RawBlock) -> str:
    return "\n".join(raw.lines).strip()


def _parse_quiz(path: Path, raw: _RawBlock) -> Quiz:
    questions: list[Question] = []
    text: str | None = None
    text_line = raw.line
    choices: list[Choice] = []

    def finish() -> None:
        if text is None:
            return
        if len(choices) < 2:
            raise ContentError(path, text_line, f"question {text!r} needs at least two choices")
        right = sum(c.correct for c in choices)
        if right != 1:
            raise ContentError(
                path,
                text_line,
                f"question {text!r} has {right} right answers ('* ' lines); it needs exactly one",
            )
        questions.append(Question(text, tuple(choices)))

    for offset, line in enumerate(raw.lines, start=1):
        number = raw.line + offset
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("? "):
            finish()
            text, text_line, choices = stripped[2:].strip(), number, []
        elif stripped[:2] in ("- ", "* "):
            if text is None:
                raise ContentError(path, number, "a choice comes before any '? ' question")
            choice, sep, feedback = stripped[2:].partition(" >> ")
            if not sep or not choice.strip() or not feedback.strip():
                raise ContentError(
                    path, number, "a choice reads '- choice >> feedback' (or '* ' if it is right)"
                )
            choices.append(Choice(choice.strip(), stripped[0] == "*", feedback.strip()))
        else:
            raise ContentError(
                path, number, "in a quiz, lines start with '? ' (question), '- ' or '* ' (choice)"
            )
    finish()
    if not questions:
        raise ContentError(path, raw.line, "the quiz has no questions")
    return Quiz(tuple(questions))


def _parse_activity(path: Path, raw: _RawBlock) -> Activity:
    intro: list[str] = []
    steps: list[str] = []
    for offset, line in enumerate(raw.lines, start=1):
        stripped = line.strip()
        head, dot, rest = stripped.partition(". ")
        if head.isdigit() and dot:
            steps.append(rest.strip())
        elif steps and stripped and line[:1].isspace():
            steps[-1] = f"{steps[-1]} {stripped}"  # a step that wraps onto an indented line
        elif steps and stripped:
            raise ContentError(
                path, raw.line + offset, "text after the numbered steps of an activity"
            )
        else:
            intro.append(line)
    if not raw.args:
        raise ContentError(path, raw.line, "an activity needs a title: '::: activity <title>'")
    if not steps:
        raise ContentError(path, raw.line, "an activity needs numbered steps ('1. ...')")
    return Activity(raw.args, "\n".join(intro).strip(), tuple(steps))


def _parse_mindfulness(path: Path, raw: _RawBlock) -> Mindfulness:
    steps: list[MindfulnessStep] = []
    for offset, line in enumerate(raw.lines, start=1):
        if not line.strip():
            continue
        seconds, sep, text = line.partition("|")
        seconds = seconds.strip()
        if not sep or not seconds.isdigit() or not text.strip():
            raise ContentError(
                path, raw.line + offset, "a mindfulness step reads '<seconds> | <what to do>'"
            )
        if not 1 <= int(seconds) <= 600:
            raise ContentError(path, raw.line + offset, "a step lasts from 1 to 600 seconds")
        steps.append(MindfulnessStep(int(seconds), text.strip()))
    if not raw.args:
        raise ContentError(path, raw.line, "a mindfulness exercise needs a title")
    if not steps:
        raise ContentError(path, raw.line, "a mindfulness exercise needs at least one step")
    return Mindfulness(raw.args, tuple(steps))


def _parse_block(path: Path, raw: _RawBlock) -> Block:
    body = _body_text(raw)
    if raw.kind == "quiz":
        return _parse_quiz(path, raw)
    if raw.kind == "activity":
        return _parse_activity(path, raw)
    if raw.kind == "mindfulness":
        return _parse_mindfulness(path, raw)
    if not body:
        raise ContentError(path, raw.line, f"'::: {raw.kind}' is empty")
    if raw.kind == "callout":
        style, _, title = raw.args.partition(" ")
        if style not in CALLOUT_STYLES:
            raise ContentError(
                path,
                raw.line,
                f"callout style {style!r} must be one of {', '.join(CALLOUT_STYLES)}",
            )
        return Callout(style, title.strip(), body)
    if raw.kind in ("discussion", "reflection"):
        return Prompt(raw.kind, body)
    if raw.kind == "family-tip":
        return FamilyTip(raw.args, body)
    if raw.kind == "video":
        if not raw.args.startswith("https://"):
            raise ContentError(path, raw.line, "a video needs an https:// address")
        return Video(raw.args, body)
    # image
    if not raw.args:
        raise ContentError(path, raw.line, "an image needs a path: '::: image images/x.png'")
    return Image(raw.args, body, raw.line)


def parse_blocks(path: Path, lines: list[str], first_line: int) -> tuple[Block, ...]:
    return tuple(
        part if isinstance(part, RichText) else _parse_block(path, part)
        for part in _split_body(path, lines, first_line)
    )


# --- Whole files ------------------------------------------------------------------------


def _require_lesson_parts(path: Path, blocks: tuple[Block, ...]) -> None:
    kinds = {b.kind for b in blocks}
    needed = {
        "a '::: callout warm-up'": any(
            isinstance(b, Callout) and b.style == "warm-up" for b in blocks
        ),
        "an '::: activity'": "activity" in kinds,
        "a '::: discussion'": "discussion" in kinds,
        "a '::: reflection'": "reflection" in kinds,
        "a '::: family-tip'": "family_tip" in kinds,
    }
    missing = [name for name, present in needed.items() if not present]
    if missing:
        raise ContentError(path, 1, f"a lesson needs {', '.join(missing)}")
    quizzes = [b for b in blocks if isinstance(b, Quiz)]
    if len(quizzes) != 1:
        raise ContentError(path, 1, f"a lesson needs exactly one '::: quiz' (found {len(quizzes)})")
    if len(quizzes[0].questions) < 3:
        raise ContentError(path, 1, "a lesson's quiz needs at least three questions")


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
    unknown = [s for s in standards if s not in STANDARDS]
    if unknown:
        raise f.fail(f"unknown standards {unknown}; known: {', '.join(STANDARDS)}")
    completion = f.text_list("completion") or ("quiz", "reflection")
    if bad := [c for c in completion if c not in COMPLETION_RULES]:
        raise f.fail(f"unknown completion rules {bad}; known: {', '.join(COMPLETION_RULES)}")
    blocks = parse_blocks(path, body, first_line)
    _require_lesson_parts(path, blocks)
    return LessonSpec(
        path=path,
        title=f.text("title"),
        slug=f.slug(),
        strand=strand,
        grade_band=f.choice("grade_band", GRADE_BANDS),
        duration=f.integer("duration", None, 5, 600),
        summary=f.text("summary"),
        objectives=f.text_list("objectives", required=True),
        standards=standards,
        tags=f.text_list("tags"),
        blocks=blocks,
        pass_mark=f.integer("pass_mark", 70, 0, 100),
        quiz_attempts=f.integer("quiz_attempts", 0, 0, 100),
        keep_score=f.choice("keep_score", ("best", "last"), "best"),
        completion=completion,
    )


def parse_family_page(path: Path, text: str | None = None) -> FamilyPageSpec:
    text = read_text(path) if text is None else text
    meta, body, first_line = split_front_matter(path, text)
    f = _Fields(path, meta)
    grade_bands = f.text_list("grade_bands")
    if bad := [g for g in grade_bands if g not in GRADE_BANDS]:
        raise f.fail(f"unknown grade bands {bad}; known: {', '.join(GRADE_BANDS)}")
    blocks = parse_blocks(path, body, first_line)
    if not blocks:
        raise ContentError(path, first_line, "the page has no text")
    if quiz := next((b for b in blocks if isinstance(b, Quiz)), None):
        raise ContentError(
            path, 1, f"family pages cannot hold a quiz ({len(quiz.questions)} found)"
        )
    return FamilyPageSpec(
        path=path,
        title=f.text("title"),
        slug=f.slug(),
        summary=f.text("summary"),
        blocks=blocks,
        language=f.choice("language", LANGUAGES, "en"),
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
    return curriculum


def _check_images(root: Path, curriculum: Curriculum) -> None:
    for spec in [*curriculum.lessons, *curriculum.family_pages]:
        for block in spec.blocks:
            if not isinstance(block, Image):
                continue
            target = (root / block.path).resolve()
            if not target.is_relative_to(root.resolve()):
                curriculum.errors.append(
                    ContentError(
                        spec.path, block.line, "an image path must stay inside the content folder"
                    )
                )
            elif not target.is_file():
                curriculum.errors.append(
                    ContentError(spec.path, block.line, f"image file {block.path!r} does not exist")
                )


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
    english = {p.slug for p in curriculum.family_pages if p.language == "en"}
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


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else CONTENT_DIR
    curriculum = read_curriculum(root)
    for error in curriculum.errors:
        print(error, file=sys.stderr)
    print(
        f"{len(curriculum.strands)} strands, {len(curriculum.lessons)} lessons, "
        f"{len(curriculum.family_pages)} family pages, {len(curriculum.errors)} errors"
    )
    return 1 if curriculum.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
