"""What the REST API does, without the HTTP: scan a text, take in a post, list flags for reporting.

`moderation.api.views` validates requests and shapes responses; everything here is callable from
tests and other code directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError
from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import get_language

from moderation.engine import Match
from moderation.flags.actions import record_post
from moderation.flags.notifications import resend_pending_for
from moderation.keywords.store import current_library
from moderation.models import Flag, FlagMatch, Integration, ModeratedPost
from moderation.scanning.sanitize import stored_text
from moderation.scanning.spanish import scan_post


@dataclass(frozen=True, slots=True)
class ScanResult:
    text: str  # what was scanned; match offsets index into it
    matches: list[Match]
    library_version: str

    @property
    def highest_severity(self) -> int | None:
        return max((m.severity for m in self.matches), default=None)


def scan_submission(*, text: str | None = None, html: str | None = None) -> ScanResult:
    """Scan what `POST /posts` would store and scan for the same input, and store nothing."""
    is_html = html is not None
    scanned = stored_text(html if is_html else (text or ""), is_html=is_html)
    library = current_library()
    # The same reading record_post gives a post: Spanish text-speak too, by the request's language.
    matches = scan_post(library, scanned, language=get_language())
    return ScanResult(text=scanned, matches=matches, library_version=library.version)


@dataclass(frozen=True, slots=True)
class IngestedPost:
    post: ModeratedPost
    flag: Flag | None
    created: bool
    support_message: str


def ingest_post(
    *,
    integration: Integration,
    source: str,
    external_id: str,
    author_ref: str = "",
    course_ref: str = "",
    text: str | None = None,
    html: str | None = None,
) -> IngestedPost:
    """Record a post sent by `integration`, once per (source, external_id) of its own.

    `record_post` returns the stored post when the pair is known. Two retries arriving together
    can both miss it; the database's unique constraint lets only one insert win, and the loser
    lands here and answers with the winner's post.
    """
    is_html = html is not None
    body = html if is_html else (text or "")
    try:
        recorded = record_post(
            body,
            source=ModeratedPost.Source.API,
            is_html=is_html,
            author_ref=author_ref,
            course_ref=course_ref,
            external_source=source,
            external_id=external_id,
            integration=integration,
        )
    except IntegrityError:
        post = ModeratedPost.objects.get(
            integration=integration, external_source=source, external_id=external_id
        )
        recorded_flag = _flag_of(post)
        resend_pending_for(recorded_flag)
        return IngestedPost(post=post, flag=recorded_flag, created=False, support_message="")
    if not recorded.created:
        # A retry: the first request may have died between its commit and its task.
        resend_pending_for(recorded.flag)
    return IngestedPost(
        post=recorded.post,
        flag=recorded.flag,
        created=recorded.created,
        support_message=recorded.support_message or "",
    )


def _flag_of(post: ModeratedPost) -> Flag | None:
    return post.flags.filter(is_pattern=False).order_by("pk").first()


@dataclass(frozen=True, slots=True)
class FlagFilters:
    status: str = ""
    category: str = ""
    min_severity: int | None = None
    since: datetime | None = None
    course_ref: str = ""


def reporting_flags(filters: FlagFilters, integration: Integration) -> QuerySet[Flag]:
    """Flags on the posts `integration` sent, newest first.

    A key sees its own integration's flags only: not another integration's, not lesson posts,
    and never concerns (a student chose one adult to tell, not the school's other systems).
    """
    flags = (
        Flag.objects.filter(post__integration=integration, post__source=ModeratedPost.Source.API)
        .select_related("post", "course")
        .prefetch_related(Prefetch("matches", queryset=FlagMatch.objects.order_by("start", "pk")))
        .order_by("-created_at", "-pk")
    )
    if filters.status:
        flags = flags.filter(status=filters.status)
    if filters.category:
        flags = flags.filter(category=filters.category)
    if filters.min_severity is not None:
        flags = flags.filter(severity__gte=filters.min_severity)
    if filters.since is not None:
        flags = flags.filter(created_at__gte=filters.since)
    if filters.course_ref:
        in_course = Q(post__course_ref=filters.course_ref) | Q(
            course__context_id=filters.course_ref
        )
        flags = flags.filter(in_course)
    return flags
