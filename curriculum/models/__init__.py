from .class_records import ClassRecord
from .help_contacts import HelpContactSettings
from .links import LessonLink
from .pages import (
    CurriculumIndexPage,
    FamilyResourceIndexPage,
    FamilyResourcePage,
    FamilyResourcePageTag,
    HomePage,
    LessonPage,
    LessonPageTag,
    Standard,
    UnitPage,
)
from .progress import (
    DiscussionPost,
    LessonProgress,
    PostStatus,
    ProgressStatus,
    QuizAttempt,
    Reflection,
)

__all__ = [
    "ClassRecord",
    "CurriculumIndexPage",
    "DiscussionPost",
    "LessonProgress",
    "PostStatus",
    "ProgressStatus",
    "QuizAttempt",
    "Reflection",
    "FamilyResourceIndexPage",
    "FamilyResourcePage",
    "FamilyResourcePageTag",
    "HelpContactSettings",
    "HomePage",
    "LessonLink",
    "LessonPage",
    "LessonPageTag",
    "Standard",
    "UnitPage",
]
