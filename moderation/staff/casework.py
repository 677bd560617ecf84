"""Reading flags for staff: the queue with its filters, the text a reviewer reveals (highlighted),
and the exception phrase a false positive proposes. Writes live in `moderation.staff.actions`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, pgettext

from moderation.models import (
    Category,
    Concern,
    ConcernMessage,
    ContextLabel,
    FalseAlarmReport,
    Flag,
    FlagMatch,
    ModeratedPost,
    Severity,
)
from moderation.scanning.entries import BARE_WORDS, PHRASE_WORD, phrase_words
from moderation.scanning.spanish import definition_in
from moderation.staff.permissions import visible_flags
from upstander.params import database_id

OPEN_STATUSES = (Flag.Status.NEW, Flag.Status.ACKNOWLEDGED, Flag.Status.ESCALATED)
STATUS_FILTERS = [("open", "Open (not resolved)"), *Flag.Status.choices, ("all", "Any status")]
QUEUE_SNIPPET_CHARS = 240
MAX_STUDENT_CHOICES = 2000


@dataclass(frozen=True, slots=True)
class QueueFilters:
    category: str = ""
    status: str = "open"
    course: int | None = None
    student: int | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> QueueFilters:
        category = query.get("category", "")
        status = query.get("status", "open") or "open"
        return cls(
            category=category if category in Category.values else "",
            status=status if status in dict(STATUS_FILTERS) else "open",
            course=database_id(query.get("course")),
            student=database_id(query.get("student")),
        )


def queue(user: Any, filters: QueueFilters) -> QuerySet[Flag]:
    """The flags `user` may see, most severe first, and the oldest first within a severity."""
    flags = visible_flags(user)
    if filters.category:
        flags = flags.filter(category=filters.category)
    if filters.status == "open":
        flags = flags.filter(status__in=OPEN_STATUSES)
    elif filters.status != "all":
        flags = flags.filter(status=filters.status)
    if filters.course is not None:
        flags = flags.filter(course_id=filters.course)
    if filters.student is not None:
        flags = flags.filter(student_id=filters.student)
    return (
        flags.select_related("post", "course", "student__lti_identity")
        .annotate(
            false_alarm_reported=Exists(FalseAlarmReport.objects.filter(flag=OuterRef("pk"))),
            # How the words around its most severe match read (the writer's own, agreed with,
            # a topic...): what tells a lead at a glance which of two "high" flags to open first.
            top_context=Subquery(
                FlagMatch.objects.filter(flag=OuterRef("pk"), false_positive=False)
                .order_by("-severity", "start", "pk")
                .values("context")[:1]
            ),
        )
        .order_by("-severity", "created_at", "pk")
    )


def reading_label(context: str | None) -> str:
    """The English label of a match's context for the queue ("The writer's own"); "" for a
    plain match. Templates translate it under the context "moderation"."""
    if not context or context == ContextLabel.PLAIN or context not in ContextLabel.values:
        return ""
    return ContextLabel(context).label


def new_flag_count(user: Any) -> int:
    return visible_flags(user).filter(status=Flag.Status.NEW).count()


def student_label(student: Any) -> str:
    """How staff know a student: the LMS name when the platform sent one, else the user name."""
    if student is None:
        return "Unknown author"
    identity = getattr(student, "lti_identity", None)
    return (identity.name if identity is not None and identity.name else "") or str(
        student.get_username()
    )


@dataclass(frozen=True, slots=True)
class ConcernSource:
    concern_id: int
    url: str  # "" for someone who may not read the concern: they learn only that it is one


def concern_sources(user: Any, flags: Iterable[Flag]) -> dict[int, ConcernSource]:
    """By flag id, the concern a flag's post came from (the concern's own text or a student's
    answer to it), with its page for those who may read it (its adult and the leads)."""
    from moderation.concerns.actions import visible_concerns

    flags_of_post: dict[int, list[int]] = {}
    for flag in flags:
        if flag.post_id and flag.post.source == ModeratedPost.Source.CONCERN:
            flags_of_post.setdefault(flag.post_id, []).append(flag.pk)
    if not flags_of_post:
        return {}
    concern_of_post = dict(
        Concern.objects.filter(post_id__in=flags_of_post).values_list("post_id", "pk")
    )
    concern_of_post.update(
        ConcernMessage.objects.filter(post_id__in=flags_of_post).values_list("post_id", "concern")
    )
    readable = set(
        visible_concerns(user).filter(pk__in=concern_of_post.values()).values_list("pk", flat=True)
    )
    sources = {}
    for post_id, concern_id in concern_of_post.items():
        url = (
            reverse("moderation_concerns:detail", args=[concern_id])
            if concern_id in readable
            else ""
        )
        for flag_id in flags_of_post[post_id]:
            sources[flag_id] = ConcernSource(concern_id, url)
    return sources


def false_alarms_reported_by(user: Any, flags: Iterable[Flag]) -> set[int]:
    """The ids among `flags` that `user` has reported a false alarm."""
    return set(
        FalseAlarmReport.objects.filter(flag__in=list(flags), reporter=user).values_list(
            "flag_id", flat=True
        )
    )


@dataclass(frozen=True, slots=True)
class ReportedFalseAlarm:
    reporter: str
    reported_at: Any
    reason: str


def reported_false_alarms(flag: Flag) -> list[ReportedFalseAlarm]:
    """Teachers' reports that the flag is a false alarm, for the lead who reviews them."""
    return [
        ReportedFalseAlarm(
            student_label(report.reporter) if report.reporter else "A former teacher",
            report.created_at,
            report.reason,
        )
        for report in flag.false_alarm_reports.select_related("reporter__lti_identity")
    ]


def recent_flags_of_student(user: Any, flag: Flag, limit: int = 10) -> list[Flag]:
    if flag.student_id is None:
        return []
    return list(
        visible_flags(user)
        .filter(student_id=flag.student_id)
        .exclude(pk=flag.pk)
        .select_related("course")
        .order_by("-created_at")[:limit]
    )


def filter_choices(user: Any) -> dict[str, list[tuple[Any, str]]]:
    """Courses and students that appear among the flags `user` may see, for the filter menus."""
    from django.contrib.auth import get_user_model

    from lti.models import Course

    flags = visible_flags(user)
    courses = Course.objects.filter(pk__in=flags.values("course_id"))
    students = (
        get_user_model()
        .objects.filter(pk__in=flags.values("student_id"))
        .select_related("lti_identity")[:MAX_STUDENT_CHOICES]
    )
    return {
        "categories": list(Category.choices),
        "statuses": list(STATUS_FILTERS),
        "courses": sorted(((c.pk, str(c)) for c in courses), key=lambda kv: kv[1].lower()),
        "students": sorted(
            ((s.pk, student_label(s)) for s in students), key=lambda kv: kv[1].lower()
        ),
    }


# --- Highlighting ---------------------------------------------------------------------------


def _usable_spans(text: str, matches: Iterable[FlagMatch]) -> list[tuple[int, FlagMatch]]:
    """Matches in text order, numbered from 1, without overlaps (the earlier, longer one wins)."""
    spans: list[tuple[int, FlagMatch]] = []
    cursor = 0
    ordered = sorted(matches, key=lambda m: (m.start, -(m.end - m.start), m.pk or 0))
    for number, match in enumerate(ordered, start=1):
        if match.start < cursor or match.end > len(text) or match.start >= match.end:
            continue
        spans.append((number, match))
        cursor = match.end
    return spans


def highlight(text: str, matches: Iterable[FlagMatch]) -> SafeString:
    """The post text, escaped, with each matched span in a <mark> that points to its definition.

    Every piece of the student's text goes through `escape`; only our own tags are trusted.
    """
    pieces: list[str] = []
    position = 0
    for number, match in _usable_spans(text, matches):
        pieces.append(escape(text[position : match.start]))
        pieces.append(
            format_html(
                '<mark class="moderation-match{}" title="{}: {}" aria-describedby="match-{}">'
                '{}</mark><sup><a href="#match-{}">{}</a></sup>',
                " is-false-positive" if match.false_positive else "",
                match.term,
                definition_in(match.definition, get_language()),
                number,
                text[match.start : match.end],
                number,
                number,
            )
        )
        position = match.end
    pieces.append(escape(text[position:]))
    # Each piece above is either escaped student text or format_html output.
    return mark_safe("".join(str(p) for p in pieces))  # noqa: S308


def unread_matches(flag: Flag) -> list[tuple[str, str, int]]:
    """(category, severity, how many) of the matches a paste held past the match budget,
    counted and not read (its first ones of each kind are the case's matches), in the
    reader's language, most severe first."""
    rows = sorted(flag.unread_matches or (), key=lambda r: (-r["severity"], r["category"]))
    return [
        (
            pgettext("moderation", Category(row["category"]).label)
            if row["category"] in Category.values
            else row["category"],
            pgettext("moderation", Severity(row["severity"]).label),
            row["count"],
        )
        for row in rows
        if row["severity"] in Severity.values
    ]


def numbered_matches(matches: Iterable[FlagMatch]) -> list[tuple[int, FlagMatch]]:
    """The matches in the order and numbering `highlight` gives them, for the definitions list."""
    ordered = sorted(matches, key=lambda m: (m.start, -(m.end - m.start), m.pk or 0))
    return list(enumerate(ordered, start=1))


def snippet(text: str, limit: int = QUEUE_SNIPPET_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


RELATED_POSTS_SHOWN = 20


@dataclass(frozen=True, slots=True)
class RevealedText:
    """What "Reveal text" sends: the post with its matches marked, the other posts of a
    pattern, and the queue's short snippet. Built only for the reveal POST, never for a page."""

    highlighted: SafeString | str
    related: list[str]
    snippet: str


def revealed_text(flag: Flag) -> RevealedText:
    text = flag.post.text if flag.post_id else ""
    related = [p.text for p in flag.related_posts.order_by("created_at")[:RELATED_POSTS_SHOWN]]
    matches = list(flag.matches.all())
    return RevealedText(
        highlighted=highlight(text, matches) if text else "",
        related=related,
        snippet=snippet(text or (related[0] if related else "")),
    )


# --- Exceptions proposed by false positives ---------------------------------------------------


def words(text: str) -> list[str]:
    """The words of `text` as a proposal or an exception is compared with its keyword:
    lower-cased, "don’t" and "don't" one word. A phrase whose words are the keyword's own is the
    keyword alone, however it is typed, and never an exception."""
    return phrase_words(text)


def has_keyword(phrase: str, term: str) -> bool:
    """Whether `phrase` holds the keyword, typed with either apostrophe (the engine reads an
    exception without its apostrophes, so a phone's "don’t" excuses what "don't" does)."""
    return _straight(term.lower()) in _straight(phrase.lower())


def _straight(text: str) -> str:
    return text.replace("’", "'")


# Between two words, what parts clauses: an exception's words never cross one (the engine
# applies an exception only within one clause, so a phrase across one would excuse later posts
# written without the mark, never the post that proposed it).
_CLAUSE_MARK = re.compile(r"[,.!?;:\n\r]")


def propose_exception(text: str, start: int, end: int) -> str:
    """The innocent context around a match: the matched words and the word after them (or the
    word before, at the end of the text), in the same clause, lower-cased. "I killed it in the
    match" → "killed it". With no such word ("I hate myself, nobody would miss me"), only the
    matched words: no exception can be made of them (``add_exception`` refuses the keyword
    alone), so a crisis phrase is never excused by the word before its comma.
    """
    words = [(m.start(), m.end()) for m in PHRASE_WORD.finditer(text)]
    inside = [i for i, (s, e) in enumerate(words) if e > start and s < end]
    if not inside:
        return text[start:end].strip().lower()
    first, last = inside[0], inside[-1]

    def same_clause(a: int, b: int) -> bool:
        return _CLAUSE_MARK.search(text, words[a][1], words[b][0]) is None

    def bare(index: int) -> bool:
        return text[words[index][0] : words[index][1]].lower() in BARE_WORDS

    # A word that names nothing ("at", "the") is no context: "loser at" would excuse "loser at
    # life", "the bomb" would excuse "plant the bomb". Go on to the next word that names
    # something, within the clause (a few words at most).
    if last + 1 < len(words) and same_clause(last, last + 1):
        last += 1
        while bare(last) and last + 1 < len(words) and same_clause(last, last + 1):
            last += 1
            if last - inside[-1] >= _MOST_WORDS_ADDED:
                break
    elif first > 0 and same_clause(first - 1, first):
        first -= 1
        while bare(first) and first > 0 and same_clause(first - 1, first):
            first -= 1
            if inside[0] - first >= _MOST_WORDS_ADDED:
                break
    phrase = text[words[first][0] : words[last][1]]
    return " ".join(phrase.split()).lower()


_MOST_WORDS_ADDED = 4
