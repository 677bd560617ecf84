"""The teacher's view of one course, read in a fixed number of queries.

Whatever the class size, the dashboard reads: the course's student memberships (with their
LTI names), its resource links (with their lessons), all progress rows of the course, and two
grouped counts (reflections unread and held, posts by status and held). Everything else (rows
per student and lesson, not-started lists, charts) is put together in Python from those lists.

A post or reflection held for the safeguarding team is counted and dated for the teacher, with
whom to ask, but its words never leave the database for a teacher's page (`HELD_FOR_TEACHERS`).

"Not started" comes from the LMS roster when the LTI roster service answers, since students
who never opened a lesson are unknown to us; otherwise from the memberships we know, and the
page says the roster could not be fetched.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import Case, Count, Q, TextField, Value, When
from django.utils import timezone

from curriculum.charts import BarChart, bar_chart
from curriculum.models import (
    DiscussionPost,
    LessonProgress,
    PostStatus,
    ProgressStatus,
    Reflection,
)
from curriculum.models.progress import shown_to_others
from lti.models import Course, CourseMembership, ResourceLink, Role
from upstander.params import database_id

logger = logging.getLogger(__name__)

STATUS_LABELS = dict(ProgressStatus.choices)
SORTS = {
    "name": "Student name",
    "lesson": "Lesson",
    "status": "Status",
    "score": "Score",
    "time": "Time spent",
    "last_activity": "Last activity",
}
SORT_OPTIONS = [
    ("name", "Student name, A to Z"),
    ("-name", "Student name, Z to A"),
    ("lesson", "Lesson"),
    ("status", "Status, not started first"),
    ("-status", "Status, completed first"),
    ("-score", "Score, highest first"),
    ("score", "Score, lowest first"),
    ("-time", "Time spent, most first"),
    ("-last_activity", "Last activity, most recent first"),
    ("last_activity", "Last activity, longest ago first"),
]
STATUS_ORDER = {
    ProgressStatus.NOT_STARTED: 0,
    ProgressStatus.IN_PROGRESS: 1,
    ProgressStatus.COMPLETED: 2,
}
SCORE_BANDS = (
    (0, 49, "0–49%"),
    (50, 59, "50–59%"),
    (60, 69, "60–69%"),
    (70, 79, "70–79%"),
    (80, 89, "80–89%"),
    (90, 100, "90–100%"),
)
LEARNER_ROSTER_ROLES = {"student", "learner", Role.STUDENT}

# What a teacher reads in place of a post or reflection that staff have not released: that it
# is held and whom to ask, never its words. A held post may be a child's disclosure, which goes
# to the safeguarding team first (the wording of the staff notice for a held post).
HELD_FOR_TEACHERS = (
    "The post is held: nobody else sees it until staff release it. "
    "Ask your school's safeguarding lead about it."
)
HELD_STATUS_LABEL = "Held for the safeguarding team"


@dataclass(frozen=True, slots=True)
class Student:
    key: str
    name: str
    sub: str
    user_id: int | None


@dataclass(frozen=True, slots=True)
class Row:
    student: Student
    link: ResourceLink
    status: str
    quiz_percent: int | None
    quiz_attempts: int
    score_given: Decimal | None
    time_spent_seconds: int
    started_at: datetime | None
    last_activity_at: datetime | None
    completed_at: datetime | None
    # The student's posts and reflection in this lesson that are held for the safeguarding team.
    held: int = 0

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def lesson_title(self) -> str:
        return self.link.title or self.link.lesson_link.lesson.title

    @property
    def score_percent(self) -> int | None:
        if self.score_given is None or not self.link.score_maximum:
            return None
        return round(self.score_given * 100 / self.link.score_maximum)

    @property
    def time_spent(self) -> str:
        return format_duration(self.time_spent_seconds)


@dataclass(slots=True)
class LessonSummary:
    link: ResourceLink
    title: str
    completed: int = 0
    in_progress: int = 0
    not_started: list[Student] = field(default_factory=list)
    unread_reflections: int = 0
    scores: list[int] = field(default_factory=list)
    chart: BarChart | None = None

    @property
    def average_score(self) -> int | None:
        return round(sum(self.scores) / len(self.scores)) if self.scores else None


@dataclass(slots=True)
class Dashboard:
    course: Course
    students: list[Student]
    lessons: list[LessonSummary]
    rows: list[Row]
    roster_ok: bool
    roster_cut_short: bool
    unread_reflections: int
    posts_by_status: dict[str, int]
    held_reflections: int
    not_started_any: list[Student]
    completion_chart: BarChart
    lesson_filter: int | None
    status_filter: str
    sort: str
    descending: bool

    @property
    def scored_lessons(self) -> list[LessonSummary]:
        """The lessons with a score to chart: those at least one student has completed."""
        return [lesson for lesson in self.lessons if lesson.scores]

    @property
    def selected_lesson(self) -> LessonSummary | None:
        return next((s for s in self.lessons if s.link.pk == self.lesson_filter), None)

    @property
    def sort_value(self) -> str:
        return ("-" if self.descending else "") + self.sort

    @property
    def held_posts(self) -> int:
        return self.posts_by_status.get("held", 0)

    @property
    def visible_posts(self) -> int:
        return self.posts_by_status.get("visible", 0)

    @property
    def held_for_safeguarding(self) -> int:
        return self.held_posts + self.held_reflections


def format_duration(seconds: int) -> str:
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"


def _roster(course: Course):
    """The LMS roster (`lti.roster.Roster`, which says whether it was cut short), or None."""
    try:
        from lti.roster import course_roster

        return course_roster(course)
    except Exception:  # an LMS that is down must not take the dashboard with it
        logger.warning("roster of course %s could not be fetched", course.pk, exc_info=True)
        return None


@dataclass(frozen=True, slots=True)
class CourseStudents:
    students: list[Student]
    roster_ok: bool  # the LMS gave its class list
    roster_cut_short: bool  # ...but a longer one than Upstander reads: not everyone is listed


def course_students(course: Course) -> CourseStudents:
    """The course's learners: known memberships, plus roster members who never launched."""
    memberships = CourseMembership.objects.filter(course=course, role=Role.STUDENT).select_related(
        "user__lti_identity"
    )
    students: dict[str, Student] = {}
    for m in memberships:
        identity = getattr(m.user, "lti_identity", None)
        sub = identity.sub if identity else ""
        name = (
            (identity.name if identity else "") or m.user.get_full_name() or m.user.get_username()
        )
        students[sub or f"user-{m.user_id}"] = Student(f"u{m.user_id}", name, sub, m.user_id)
    roster = _roster(course)
    if roster is not None:
        for sub, name, role in roster:
            if str(role).lower() in LEARNER_ROSTER_ROLES and sub not in students:
                students[sub] = Student(f"r{sub}", name or "Student (name not shared)", sub, None)
    ordered = sorted(students.values(), key=lambda s: (s.name.casefold(), s.key))
    cut_short = bool(getattr(roster, "cut_short", False))
    return CourseStudents(ordered, roster is not None, cut_short)


def build_dashboard(
    course: Course,
    *,
    lesson: str | int | None = None,
    status: str = "",
    sort: str = "name",
    now: datetime | None = None,
) -> Dashboard:
    now = now or timezone.now()
    found = course_students(course)
    students = found.students
    links = list(
        ResourceLink.objects.filter(course=course)
        .select_related("lesson_link__lesson")
        .order_by("pk")
    )
    progress_rows = LessonProgress.objects.filter(resource_link__course=course).values(
        "user_id",
        "resource_link_id",
        "status",
        "quiz_percent",
        "quiz_attempts_used",
        "score_given",
        "time_spent_seconds",
        "started_at",
        "last_activity_at",
        "completed_at",
    )
    progress = {(p["user_id"], p["resource_link_id"]): p for p in progress_rows}
    reading = _reading_counts(course, links)
    unread, posts_by_status, held = reading.unread, reading.posts_by_status, reading.held

    summaries = {
        link.pk: LessonSummary(link, link.title or link.lesson_link.lesson.title) for link in links
    }
    rows: list[Row] = []
    for link in links:
        summary = summaries[link.pk]
        summary.unread_reflections = unread.get(link.pk, 0)
        for student in students:
            p = progress.get((student.user_id, link.pk)) if student.user_id else None
            row = _row(student, link, p, held.get((student.user_id, link.pk), 0))
            rows.append(row)
            if row.status == ProgressStatus.COMPLETED:
                summary.completed += 1
                if row.score_percent is not None:
                    summary.scores.append(row.score_percent)
            elif row.status == ProgressStatus.IN_PROGRESS:
                summary.in_progress += 1
            else:
                summary.not_started.append(student)
    for summary in summaries.values():
        summary.chart = score_distribution(summary)

    lesson_filter = database_id(lesson)
    if lesson_filter not in summaries:
        lesson_filter = None
    if status not in STATUS_LABELS:
        status = ""
    descending = sort.startswith("-")
    sort_key = sort.lstrip("-")
    if sort_key not in SORTS:
        sort_key, descending = "name", False
    shown = [
        r
        for r in rows
        if (lesson_filter is None or r.link.pk == lesson_filter)
        and (not status or r.status == status)
    ]
    shown.sort(key=_sorter(sort_key), reverse=descending)
    started = {uid for uid, _ in progress}
    return Dashboard(
        course=course,
        students=students,
        lessons=list(summaries.values()),
        rows=shown,
        roster_ok=found.roster_ok,
        roster_cut_short=found.roster_cut_short,
        unread_reflections=sum(unread.values()),
        posts_by_status=posts_by_status,
        held_reflections=reading.held_reflections,
        not_started_any=[s for s in students if s.user_id not in started],
        completion_chart=completion_over_time(
            [
                r.completed_at
                for r in rows
                if r.completed_at and (lesson_filter in (None, r.link.pk))
            ],
            today=timezone.localdate(now),
        ),
        lesson_filter=lesson_filter,
        status_filter=status,
        sort=sort_key,
        descending=descending,
    )


@dataclass(frozen=True, slots=True)
class ReadingCounts:
    unread: dict[int, int]  # unread reflections per resource link
    posts_by_status: dict[str, int]
    # Each student's held posts and reflection per resource link (never their text).
    held: dict[tuple[int, int], int]
    held_reflections: int


def _reading_counts(course: Course, links: list[ResourceLink]) -> ReadingCounts:
    """What there is to read in the course, and what is held from the teacher: two grouped
    queries, one over reflections and one over posts."""
    unread: Counter[int] = Counter()
    held: Counter[tuple[int, int]] = Counter()
    held_reflections = 0
    reflections = (
        Reflection.objects.filter(progress__resource_link__course=course)
        .values("progress__user_id", "progress__resource_link_id")
        .annotate(
            unread=Count("pk", filter=Q(read_at__isnull=True)),
            held=Count("pk", filter=~shown_to_others()),
        )
        .values_list("progress__user_id", "progress__resource_link_id", "unread", "held")
    )
    for user_id, link_id, n_unread, n_held in reflections:
        unread[link_id] += n_unread
        if n_held:
            held[(user_id, link_id)] += n_held
            held_reflections += n_held
    links_of_lesson: dict[int, list[int]] = defaultdict(list)
    for link in links:
        links_of_lesson[link.lesson_link.lesson_id].append(link.pk)
    posts_by_status: Counter[str] = Counter()
    posts = (
        DiscussionPost.objects.filter(course=course)
        .annotate(status=_post_status())
        .values("author_id", "lesson_id", "status")
        .annotate(n=Count("pk"))
        .values_list("author_id", "lesson_id", "status", "n")
    )
    for author_id, lesson_id, status, n in posts:
        posts_by_status[status] += n
        if status == PostStatus.HELD:
            for link_id in links_of_lesson.get(lesson_id, []):
                held[(author_id, link_id)] += n
    return ReadingCounts(
        {k: v for k, v in unread.items() if v}, dict(posts_by_status), dict(held), held_reflections
    )


def _post_status() -> Case:
    """A post's status as the class sees it, read from its moderation record in the query."""
    return Case(
        When(shown_to_others(), then=Value(PostStatus.VISIBLE)),
        default=Value(PostStatus.HELD),
        output_field=TextField(),
    )


def _row(student: Student, link: ResourceLink, p: dict[str, Any] | None, held: int = 0) -> Row:
    if p is None:
        return Row(
            student, link, ProgressStatus.NOT_STARTED, None, 0, None, 0, None, None, None, held
        )
    return Row(
        student,
        link,
        p["status"],
        p["quiz_percent"],
        p["quiz_attempts_used"],
        p["score_given"],
        p["time_spent_seconds"],
        p["started_at"],
        p["last_activity_at"],
        p["completed_at"],
        held,
    )


def _sorter(key: str) -> Any:
    epoch = datetime.min.replace(tzinfo=UTC)
    if key == "lesson":
        return lambda r: (r.link.pk, r.student.name.casefold())
    if key == "status":
        return lambda r: (STATUS_ORDER[r.status], r.student.name.casefold())
    if key == "score":
        return lambda r: (
            r.score_percent if r.score_percent is not None else -1,
            r.student.name.casefold(),
        )
    if key == "time":
        return lambda r: (r.time_spent_seconds, r.student.name.casefold())
    if key == "last_activity":
        return lambda r: (r.last_activity_at or epoch, r.student.name.casefold())
    return lambda r: (r.student.name.casefold(), r.link.pk)


def score_distribution(summary: LessonSummary) -> BarChart:
    counts = [sum(1 for s in summary.scores if low <= s <= high) for low, high, _ in SCORE_BANDS]
    return bar_chart(
        f"scores-{summary.link.pk}",
        f"Scores in {summary.title}",
        [label for _, _, label in SCORE_BANDS],
        counts,
        x_label="Score",
        y_label="Students",
        description=f"How many students who completed {summary.title} scored in each band.",
        width=420,
        height=220,
    )


def completion_over_time(completed: list[datetime], *, today: date, max_bars: int = 14) -> BarChart:
    """Completions per day over the last two weeks, or per week when they span longer."""
    days = sorted(timezone.localdate(c) for c in completed)
    first = days[0] if days else today
    by_week = (today - first).days >= max_bars
    span = timedelta(days=7 if by_week else 1)
    starts = [today - span * i for i in range(max_bars - 1, -1, -1)]
    if by_week:
        starts = [d - timedelta(days=d.weekday()) for d in starts]
    counts: Counter[date] = Counter()
    for d in days:
        bucket = next((s for s in reversed(starts) if d >= s), None)
        if bucket is not None:  # earlier ones only add to the running total
            counts[bucket] += 1
    values = [counts[s] for s in starts]
    running, totals = sum(1 for d in days if d < starts[0]), []
    for v in values:
        running += v
        totals.append(str(running))
    labels = [f"{s.day} {s:%b}" for s in starts]
    return bar_chart(
        "completion",
        "Lessons completed " + ("per week" if by_week else "per day"),
        labels,
        values,
        x_label="Week beginning" if by_week else "Day",
        y_label="Lessons completed",
        description="Completions over time, with the running total in the table.",
        table_extra_heading="Running total",
        table_extra=totals,
    )
