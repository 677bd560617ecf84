"""Read-side helpers for the public curriculum pages and search."""

from __future__ import annotations

import re
from dataclasses import dataclass

from curriculum.models import FamilyResourcePage, LessonPage, UnitPage
from curriculum.models.pages import in_school_order
from lessons_content.vocabulary import GRADE_BANDS


@dataclass(frozen=True, slots=True)
class UnitWithLessons:
    unit: UnitPage
    lessons: list[LessonPage]


def lessons_by_unit(grade_band: str | None = None) -> list[UnitWithLessons]:
    """Every live strand with its live lessons, optionally only one grade band, in two queries."""
    lessons = LessonPage.objects.live().order_by(in_school_order(), "title")
    if grade_band:
        lessons = lessons.filter(grade_band=grade_band)
    by_parent: dict[str, list[LessonPage]] = {}
    for lesson in lessons:
        by_parent.setdefault(lesson.path[: -LessonPage.steplen], []).append(lesson)
    units = UnitPage.objects.live().order_by("sort_order", "path")
    return [UnitWithLessons(unit, by_parent.get(unit.path, [])) for unit in units]


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    grade_band: str
    strand: str
    lessons: list[LessonPage]
    family_pages: list[FamilyResourcePage]

    @property
    def count(self) -> int:
        return len(self.lessons) + len(self.family_pages)


_WORD = re.compile(r"\w+")


def plain_words(query: str) -> str:
    """The query as plain lower-case words. The search backends read quotes, brackets and
    upper-case AND/OR/NOT as syntax (SQLite's FTS5 fails on a lone `"`), and PostgreSQL refuses
    a NUL byte: none of them can reach the backend this way."""
    return " ".join(_WORD.findall(query.lower()))


def search_curriculum(
    query: str, grade_band: str = "", strand: str = "", limit: int = 50
) -> SearchResults:
    """Search lessons and family pages; grade band and strand narrow the results.

    An empty query with a filter lists everything the filter allows, so a family can browse.
    """
    query = plain_words(query[:200])
    if grade_band not in GRADE_BANDS:
        grade_band = ""
    lessons_qs = LessonPage.objects.live()
    if grade_band:
        lessons_qs = lessons_qs.filter(grade_band=grade_band)
    unit = UnitPage.objects.live().filter(strand=strand).first() if strand else None
    if strand and unit is None:
        strand = ""
    if unit is not None:
        lessons_qs = lessons_qs.descendant_of(unit)
    family_qs = FamilyResourcePage.objects.live()
    if not query and not (grade_band or strand):
        return SearchResults(query, grade_band, strand, [], [])
    if query:
        lessons = list(lessons_qs.search(query)[:limit])
        family = list(family_qs.search(query)[:limit])
    else:
        lessons = list(lessons_qs.order_by("title")[:limit])
        family = list(family_qs.order_by("title")[:limit])
    if grade_band:
        # Family pages with no grade bands are for every age.
        family = [p for p in family if not p.grade_bands or grade_band in p.grade_bands]
    if unit is not None:
        # Family pages belong to a strand only through the lessons they relate to.
        family = [p for p in family if p.related_lessons.filter(pk__in=lessons_qs).exists()]
    return SearchResults(query, grade_band, strand, lessons, family)
