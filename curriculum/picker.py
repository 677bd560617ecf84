"""The lesson picker a teacher sees after a deep-linking launch: which lessons it lists for a
search or filter, in school order, and the teacher's choice as the plain data lti signs."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from curriculum.models import LessonPage, UnitPage
from curriculum.models.pages import GradeBand, in_school_order
from curriculum.services import search_curriculum
from lti.deep_linking import ChosenLesson
from upstander.params import database_id

BROWSE_LIMIT = 100


def school_order(grade_band: str) -> int:
    """K-2, 3-5, 6-8, 9-12: the order of the grade-band vocabulary, never the alphabet (which
    puts K-2 after 9-12). An unknown band comes last."""
    bands = list(GradeBand.values)
    return bands.index(grade_band) if grade_band in bands else len(bands)


def picker_lessons(query: str, grade_band: str, strand: str) -> list[LessonPage]:
    """What the picker lists: a search in relevance order; a filter or the whole catalogue by
    grade band in school order, then title."""
    if query:
        return search_curriculum(query, grade_band=grade_band, strand=strand).lessons
    if grade_band or strand:
        lessons = search_curriculum("", grade_band=grade_band, strand=strand).lessons
        return sorted(lessons, key=lambda lesson: (school_order(lesson.grade_band), lesson.title))
    lessons = LessonPage.objects.live().order_by(in_school_order(), "title")
    return list(lessons[:BROWSE_LIMIT])


@dataclass(frozen=True, slots=True)
class PickerPage:
    lessons: list[LessonPage]
    query: str
    grade_band: str
    strand: str

    @property
    def grade_bands(self) -> list[tuple[str, str]]:
        return sorted(GradeBand.choices, key=lambda choice: school_order(choice[0]))

    @property
    def units(self) -> QuerySet:
        return UnitPage.objects.live().order_by("sort_order")


def picker_page(query: str = "", grade_band: str = "", strand: str = "") -> PickerPage:
    return PickerPage(picker_lessons(query, grade_band, strand), query, grade_band, strand)


def chosen_lessons(values: list[str]) -> list[ChosenLesson]:
    """The live lessons the teacher ticked (ids from the form; anything else is ignored), by
    title, as the id and title the LMS is sent."""
    ids = [i for i in map(database_id, values) if i is not None]
    lessons = LessonPage.objects.live().filter(pk__in=ids).order_by("title")
    return [ChosenLesson(id=lesson.pk, title=lesson.title) for lesson in lessons]
