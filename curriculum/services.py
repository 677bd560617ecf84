"""Read-side helpers for the public curriculum pages and search."""

from __future__ import annotations

import re
from dataclasses import dataclass

from curriculum.models import FamilyResourcePage, LessonPage, UnitPage
from curriculum.models.pages import in_school_order
from lessons_content.vocabulary import ENGLISH, GRADE_BANDS, LANGUAGES


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
    language: str = ENGLISH

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
    query: str, grade_band: str = "", strand: str = "", limit: int = 50, language: str = ENGLISH
) -> SearchResults:
    """Search lessons and family pages; grade band and strand narrow the results.

    An empty query with a filter lists everything the filter allows, so a family can browse.
    In another language than English (the Spanish site's search), the family guides are that
    language's, a word typed without its accents finds it with them (`spellings`), and the
    lessons are those whose own text matches (a lesson's family tip in that language) and those
    the guides found point to: lessons are written in English, so no word of the query need be
    in them.
    """
    query = plain_words(query[:200])
    if grade_band not in GRADE_BANDS:
        grade_band = ""
    if language not in LANGUAGES:
        language = ENGLISH
    lessons_qs = LessonPage.objects.live()
    if grade_band:
        lessons_qs = lessons_qs.filter(grade_band=grade_band)
    unit = UnitPage.objects.live().filter(strand=strand).first() if strand else None
    if strand and unit is None:
        strand = ""
    if unit is not None:
        lessons_qs = lessons_qs.descendant_of(unit)
    family_qs = FamilyResourcePage.objects.live()
    if language != ENGLISH:
        family_qs = family_qs.filter(language=language)
    if not query and not (grade_band or strand):
        return SearchResults(query, grade_band, strand, [], [], language)
    if query:
        words = query if language == ENGLISH else any_spelling(query)
        lessons = list(lessons_qs.search(words)[:limit])
        family = list(family_qs.search(words)[:limit])
    else:
        lessons = list(lessons_qs.order_by("title")[:limit])
        family = list(family_qs.order_by("title")[:limit])
    if grade_band:
        # Family pages with no grade bands are for every age.
        family = [p for p in family if not p.grade_bands or grade_band in p.grade_bands]
    if unit is not None:
        # Family pages belong to a strand only through the lessons they relate to.
        family = [p for p in family if p.related_lessons.filter(pk__in=lessons_qs).exists()]
    if language != ENGLISH and query:
        lessons = _with_guides_lessons(lessons, family, lessons_qs, limit)
    return SearchResults(query, grade_band, strand, lessons, family, language)


def _with_guides_lessons(
    lessons: list[LessonPage], family: list[FamilyResourcePage], lessons_qs, limit: int
) -> list[LessonPage]:
    """The lessons found, then those the guides found point to (the guides' own order)."""
    found = {lesson.pk for lesson in lessons}
    pointed = (
        lessons_qs.filter(family_pages__in=[p.pk for p in family])
        .exclude(pk__in=found)
        .distinct()
        .order_by(in_school_order(), "title")
    )
    return [*lessons, *pointed][:limit]


# Spanish letters a family may type without their accent (a phone's keyboard set to English,
# or haste): "contrasena" finds "contraseña", "informacion" finds "información".
_ACCENTED = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "úü"}
_MAX_SPELLINGS = 40


def spellings(word: str) -> list[str]:
    """The word as typed, then with its ñ (one, before a vowel, never first) and with one accent
    written (Spanish writes at most one acute accent in a word): the forms an index of accented
    text may hold. A word that already has an accent or a ñ is taken as written."""
    if any(ch in "áéíóúüñ" for ch in word) or len(word) < 3:
        return [word]
    bases = [word] + [
        word[:i] + "ñ" + word[i + 1 :]
        for i in range(1, len(word) - 1)
        if word[i] == "n" and word[i + 1] in "aeiou"
    ]
    forms = dict.fromkeys(bases)
    for base in bases:
        for i, ch in enumerate(base):
            for accented in _ACCENTED.get(ch, ""):
                forms[base[:i] + accented + base[i + 1 :]] = None
    return list(forms)[:_MAX_SPELLINGS]


def any_spelling(query: str):
    """Every word of the query, each in any of its spellings (`spellings`)."""
    from wagtail.search.query import And, Or, PlainText

    words = [Or([PlainText(form) for form in spellings(word)]) for word in query.split()]
    return words[0] if len(words) == 1 else And(words)
