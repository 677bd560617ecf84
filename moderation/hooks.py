"""What moderation asks of the apps that show students' words, without importing them.

Moderation never imports the lesson flow (dependencies point `curriculum -> moderation`), yet
subject access, erasure and retention must reach every copy of a student's words, and trends
name the lessons that answer a rising category, and a student whose words suggest self-harm is
shown the school's confirmed helplines at once. An app that keeps such words, has such
lessons or knows such helplines registers an object with these methods in its
`AppConfig.ready()`, as notification channels are found through settings.MODERATION_CHANNELS:

    register_student_texts("curriculum", LessonTexts())
    register_lesson_finder("curriculum", LessonFinder())
    register_help_contacts("curriculum", SchoolHelpContacts())

Registering the same name again replaces the earlier object (tests and reloads stay simple).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol


class StudentTexts(Protocol):
    """An app's own copies of students' words (e.g. lesson discussion posts, reflections)."""

    def export_for(self, user: Any) -> dict[str, list[dict[str, Any]]]:
        """The student's texts for subject access, as JSON-ready rows under named keys."""
        ...

    def erase_for(self, user: Any) -> dict[str, int]:
        """Delete (or empty) the student's texts; counts by kind."""
        ...

    def purge_before(self, cutoff: datetime) -> dict[str, int]:
        """Delete (or empty) texts older than `cutoff` (retention); counts by kind."""
        ...


@dataclass(frozen=True, slots=True)
class LessonSuggestion:
    title: str
    strand: str
    strand_title: str
    url: str


class LessonFinder(Protocol):
    def lessons_in_strands(self, strands: set[str]) -> dict[str, list[LessonSuggestion]]:
        """The live lessons of each strand (slugs from lessons_content/), in course order."""
        ...


@dataclass(frozen=True, slots=True)
class StudentHelp:
    """What a school has confirmed for a student at risk of self-harm: its help contacts, one
    plain-text line each (none until it has confirmed any), and the local emergency number
    ("999", "112"; "" until set)."""

    lines: tuple[str, ...] = ()
    emergency_number: str = ""


class HelpContacts(Protocol):
    def student_help(self) -> StudentHelp:
        """The school's confirmed help, read once for the message a student sees."""
        ...


_student_texts: dict[str, StudentTexts] = {}
_lesson_finders: dict[str, LessonFinder] = {}
_help_contacts: dict[str, HelpContacts] = {}


def register_student_texts(name: str, texts: StudentTexts) -> None:
    _student_texts[name] = texts


def register_lesson_finder(name: str, finder: LessonFinder) -> None:
    _lesson_finders[name] = finder


def register_help_contacts(name: str, contacts: HelpContacts) -> None:
    _help_contacts[name] = contacts


def student_help() -> StudentHelp:
    """Every registered app's confirmed help contacts and the first emergency number one
    knows (nothing without curriculum)."""
    lines: list[str] = []
    number = ""
    for contacts in _help_contacts.values():
        help_ = contacts.student_help()
        lines.extend(help_.lines)
        number = number or help_.emergency_number
    return StudentHelp(tuple(lines), number)


def student_texts() -> Iterable[StudentTexts]:
    return tuple(_student_texts.values())


def lessons_in_strands(strands: set[str]) -> dict[str, list[LessonSuggestion]]:
    """Every registered app's lessons for these strands (none without curriculum)."""
    found: dict[str, list[LessonSuggestion]] = {}
    for finder in _lesson_finders.values():
        for strand, lessons in finder.lessons_in_strands(strands).items():
            found.setdefault(strand, []).extend(lessons)
    return found
