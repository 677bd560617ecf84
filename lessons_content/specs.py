"""What a content file becomes once parsed: plain value objects, and the error that names
the file and line. Pure Python, no Django."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lessons_content.vocabulary import DEFAULT_COMPLETION, ENGLISH


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
    # A picture-led choice (K-2): the picture's path in the content folder, and its alt text,
    # empty when the picture is decorative because the choice's own words say what it shows.
    picture: str = ""
    picture_alt: str = ""


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
    language: str = ENGLISH  # `::: family-tip-es` is the Spanish version
    kind: str = "family_tip"


@dataclass(frozen=True, slots=True)
class TeacherNote:
    """Directions for the teacher (preparation, safeguarding steps): never part of a student's
    lesson flow."""

    title: str
    markdown: str
    kind: str = "teacher_note"


@dataclass(frozen=True, slots=True)
class HelpContacts:
    """Where the page points to help: the school's confirmed contacts for these topics (none:
    every confirmed contact), after an optional sentence."""

    topics: tuple[str, ...]
    intro: str
    kind: str = "help_contacts"


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


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    label: str


@dataclass(frozen=True, slots=True)
class CaseStudy:
    """A real event in our own words, with the public pages it rests on."""

    title: str
    markdown: str
    sources: tuple[Source, ...]
    kind: str = "case_study"


Block = (
    RichText
    | Callout
    | Activity
    | Prompt
    | Quiz
    | Mindfulness
    | FamilyTip
    | TeacherNote
    | HelpContacts
    | Video
    | Image
    | CaseStudy
)


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
    completion: tuple[str, ...] = DEFAULT_COMPLETION

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
