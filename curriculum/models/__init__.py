from .pages import (
    CurriculumIndexPage,
    FamilyResourceIndexPage,
    FamilyResourcePage,
    HomePage,
    LessonPage,
    LessonPageTag,
    FamilyResourcePageTag,
    Standard,
    UnitPage,
)

__all__ = [
    "CurriculumIndexPage",
    "FamilyResourceIndexPage",
    "FamilyResourcePage",
    "FamilyResourcePageTag",
    "HomePage",
    "LessonPage",
    "LessonPageTag",
    "Standard",
    "UnitPage",
]
