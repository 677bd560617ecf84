"""Trends that teach: when a course's flags in a category rise above its usual level, its
teachers are shown the lessons that address that category. Counts only, never names or text.

Rule, per course and category:
- "recent" is the last 14 days; the baseline is the 8 weeks before that;
- the usual level for 14 days is twice the baseline's weekly average;
- a category is rising when its recent count is more than twice that usual level, is at least
  3, and comes from at least 2 students: one student's run of posts is a case for the
  safeguarding lead, not a class-wide lesson, and two authors keep the count from pointing
  at one child.
Flags closed as false positives and pattern flags (which re-count posts already flagged) are
left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Q
from django.utils import timezone

from moderation.hooks import LessonSuggestion, lessons_in_strands
from moderation.models import Category, Flag

RECENT_DAYS = 14
BASELINE_WEEKS = 8
RISE_FACTOR = 2
MIN_RECENT = 3
MIN_STUDENTS = 2

# Which curriculum strands answer which kind of flag (strand slugs from lessons_content/).
# - bullying: the cyberbullying and upstander lessons, then kind, clear communication;
# - hate and extremism: belonging and cultural respect, then checking what we read and share;
# - self-harm, eating disorders, drugs: noticing feelings and looking after ourselves, plus
#   knowing which trusted adult to tell (online safety's "uh-oh feelings" lesson);
# - grooming and sexting: online safety (strangers, trusted grown-ups), then consent;
# - violence: what a bystander can do, then saying what we mean without threats;
# - profanity: etiquette and communication.
# "other" has no lesson of its own.
CATEGORY_STRANDS: dict[str, tuple[str, ...]] = {
    Category.BULLYING: ("cyberbullying-upstander", "etiquette-communication"),
    Category.HATE: ("global-citizenship", "media-literacy"),
    Category.EXTREMISM: ("global-citizenship", "media-literacy"),
    Category.SELF_HARM: ("mindfulness-wellbeing", "online-safety"),
    Category.EATING_DISORDERS: ("mindfulness-wellbeing",),
    Category.DRUGS: ("mindfulness-wellbeing",),
    Category.GROOMING: ("online-safety", "rights-responsibilities"),
    Category.SEXTING: ("online-safety", "rights-responsibilities"),
    Category.VIOLENCE: ("cyberbullying-upstander", "etiquette-communication"),
    Category.PROFANITY: ("etiquette-communication",),
    Category.OTHER: (),
}


@dataclass(frozen=True, slots=True)
class CategoryCounts:
    recent: int
    baseline: int
    recent_students: int


@dataclass(frozen=True, slots=True)
class Trend:
    category: str
    label: str
    recent: int
    weekly_average: float
    strands: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Recommendation:
    trend: Trend
    lessons: tuple[LessonSuggestion, ...]


def rising(counts: Mapping[str, CategoryCounts]) -> list[Trend]:
    """The categories whose recent count is well above their usual level (pure)."""
    trends = []
    labels = dict(Category.choices)
    for category, c in counts.items():
        weekly_average = c.baseline / BASELINE_WEEKS
        usual = weekly_average * (RECENT_DAYS / 7)
        if c.recent >= MIN_RECENT and c.recent_students >= MIN_STUDENTS:
            if c.recent > RISE_FACTOR * usual:
                trends.append(
                    Trend(
                        category=category,
                        label=labels.get(category, category),
                        recent=c.recent,
                        weekly_average=round(weekly_average, 1),
                        strands=CATEGORY_STRANDS.get(category, ()),
                    )
                )
    return sorted(trends, key=lambda t: (-t.recent, t.category))


def course_counts(course: Any, now: datetime | None = None) -> dict[str, CategoryCounts]:
    """One query: per category, flags of the last 14 days and of the 8 weeks before."""
    now = now or timezone.now()
    recent_from = now - timedelta(days=RECENT_DAYS)
    baseline_from = recent_from - timedelta(weeks=BASELINE_WEEKS)
    is_recent = Q(created_at__gte=recent_from)
    rows = (
        Flag.objects.filter(course=course, is_pattern=False, created_at__gte=baseline_from)
        .filter(created_at__lte=now)
        .exclude(outcome=Flag.Outcome.FALSE_POSITIVE)
        .values("category")
        .annotate(
            recent=Count("pk", filter=is_recent),
            baseline=Count("pk", filter=~is_recent),
            recent_students=Count("student", filter=is_recent, distinct=True),
        )
        .order_by()
    )
    return {
        row["category"]: CategoryCounts(row["recent"], row["baseline"], row["recent_students"])
        for row in rows
    }


def course_recommendations(course: Any, now: datetime | None = None) -> list[Recommendation]:
    """What the course's teachers should see: the rising categories and their lessons."""
    trends = rising(course_counts(course, now))
    if not trends:
        return []
    # The lesson names come from the app that has lessons (curriculum registers the finder).
    lessons = lessons_in_strands({s for t in trends for s in t.strands})
    return [
        Recommendation(
            trend=trend,
            lessons=tuple(lesson for strand in trend.strands for lesson in lessons.get(strand, [])),
        )
        for trend in trends
    ]
