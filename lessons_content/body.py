"""The body of a content file: Markdown prose and `::: kind` blocks, parsed into value objects.

Pure Python, no Django. Every problem raises `ContentError` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lessons_content.case_studies import SOURCE_PREFIX, source_problem
from lessons_content.choice_pictures import question_pictures_problem, split_picture
from lessons_content.specs import (
    Activity,
    Block,
    Callout,
    CaseStudy,
    Choice,
    ContentError,
    FamilyTip,
    HelpContacts,
    Image,
    Mindfulness,
    MindfulnessStep,
    Prompt,
    Question,
    Quiz,
    RichText,
    Source,
    TeacherNote,
    Video,
)
from lessons_content.teacher_only import DEFAULT_TITLE as TEACHER_NOTE_TITLE
from lessons_content.teacher_only import teacher_callout_problem
from lessons_content.validation import mindfulness_step_problem, question_problem, quiz_problem
from lessons_content.vocabulary import CALLOUT_STYLES, ENGLISH, HELP_TOPICS, LANGUAGES

MAX_TITLE_CHARS = 200

BLOCK_KINDS = (
    "callout",
    "activity",
    "discussion",
    "reflection",
    "quiz",
    "mindfulness",
    "family-tip",
    # The same tip for families in another language: `::: family-tip-es ¿Título?`.
    *(f"family-tip-{code}" for code in LANGUAGES if code != ENGLISH),
    "teacher",
    "help-contacts",
    "video",
    "image",
    "case-study",
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
        if problem := question_problem(text, choices) or question_pictures_problem(text, choices):
            raise ContentError(path, text_line, problem)
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
                    path,
                    number,
                    "a choice reads '- choice >> feedback' (or '* ' if it is right), "
                    "optionally led by a picture: '- ![](images/choices/x.svg) choice >> ...'",
                )
            picture, alt, words = split_picture(choice.strip())
            correct = stripped[0] == "*"
            choices.append(Choice(words, correct, feedback.strip(), picture, alt))
        else:
            raise ContentError(
                path, number, "in a quiz, lines start with '? ' (question), '- ' or '* ' (choice)"
            )
    finish()
    if problem := quiz_problem(questions):
        raise ContentError(path, raw.line, problem)
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
        if problem := mindfulness_step_problem(int(seconds)):
            raise ContentError(path, raw.line + offset, problem)
        steps.append(MindfulnessStep(int(seconds), text.strip()))
    if not raw.args:
        raise ContentError(path, raw.line, "a mindfulness exercise needs a title")
    if not steps:
        raise ContentError(path, raw.line, "a mindfulness exercise needs at least one step")
    return Mindfulness(raw.args, tuple(steps))


def _parse_help_contacts(path: Path, raw: _RawBlock, intro: str) -> HelpContacts:
    topics = tuple(raw.args.split())
    if unknown := [t for t in topics if t not in HELP_TOPICS]:
        raise ContentError(
            path,
            raw.line,
            f"unknown help topic {unknown[0]!r}; topics are: {', '.join(HELP_TOPICS)}",
        )
    return HelpContacts(topics, intro)


def _parse_case_study(path: Path, raw: _RawBlock) -> CaseStudy:
    account: list[str] = []
    sources: list[Source] = []
    for offset, line in enumerate(raw.lines, start=1):
        stripped = line.strip()
        if not stripped.startswith(SOURCE_PREFIX):
            if sources and stripped:
                raise ContentError(
                    path, raw.line + offset, "a case study's 'source' lines come after its account"
                )
            account.append(line)
            continue
        url, _, label = stripped.removeprefix(SOURCE_PREFIX).partition(" | ")
        if problem := source_problem(url.strip(), label.strip()):
            raise ContentError(path, raw.line + offset, problem)
        sources.append(Source(url.strip(), label.strip()))
    if not raw.args:
        raise ContentError(path, raw.line, "a case study needs a title: '::: case-study <title>'")
    if not "\n".join(account).strip():
        raise ContentError(path, raw.line, "a case study needs an account of what happened")
    if not sources:
        raise ContentError(
            path, raw.line, "a case study needs at least one 'source https://... | label' line"
        )
    return CaseStudy(raw.args, "\n".join(account).strip(), tuple(sources))


def _parse_block(path: Path, raw: _RawBlock) -> Block:
    body = _body_text(raw)
    if raw.kind == "quiz":
        return _parse_quiz(path, raw)
    if raw.kind == "activity":
        return _parse_activity(path, raw)
    if raw.kind == "mindfulness":
        return _parse_mindfulness(path, raw)
    if raw.kind == "help-contacts":
        return _parse_help_contacts(path, raw, body)
    if raw.kind == "case-study":
        return _parse_case_study(path, raw)
    if not body:
        if raw.kind == "teacher":
            raise ContentError(
                path, raw.line, "'::: teacher' is empty: write the teacher's directions inside it"
            )
        raise ContentError(path, raw.line, f"'::: {raw.kind}' is empty")
    if raw.kind == "callout":
        style, _, title = raw.args.partition(" ")
        if style not in CALLOUT_STYLES:
            raise ContentError(
                path,
                raw.line,
                f"callout style {style!r} must be one of {', '.join(CALLOUT_STYLES)}",
            )
        if problem := teacher_callout_problem(title):
            raise ContentError(path, raw.line, problem)
        return Callout(style, title.strip(), body)
    if raw.kind in ("discussion", "reflection"):
        return Prompt(raw.kind, body)
    if raw.kind.startswith("family-tip"):
        return FamilyTip(raw.args, body, raw.kind.removeprefix("family-tip").lstrip("-") or ENGLISH)
    if raw.kind == "teacher":
        if len(raw.args) > MAX_TITLE_CHARS:  # the admin's title field holds no more
            raise ContentError(
                path, raw.line, f"a teacher note's title is over {MAX_TITLE_CHARS} characters"
            )
        return TeacherNote(raw.args or TEACHER_NOTE_TITLE, body)
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
