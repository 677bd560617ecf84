"""Writes of the moderation workflow: a post is recorded, scanned, held or published, flagged,
routed, and staff are told once the transaction has committed.

`record_post` is the one entry point for every student text (lesson discussion, reflection,
concern, integration). It is idempotent on (integration, external_source, external_id): a
retried request gets the first request's post back, with `created=False`, even when both
arrive at once (the unique constraint decides; the loser reads the winner).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language

from moderation.engine import Match
from moderation.flags.routing import choose_rule, route
from moderation.flags.support import tells_of_harm_to_writer, writer_may_need_help
from moderation.flags.together import Together
from moderation.keywords.store import ActiveLibrary, active_library
from moderation.models import (
    Category,
    Flag,
    FlagMatch,
    ModeratedPost,
    ModerationSettings,
    Severity,
)
from moderation.scanning.budget import unread_of
from moderation.scanning.sanitize import as_text, clean_html, stored_text
from moderation.scanning.spanish import scan_post
from moderation.staff import audit

# Raw input (text or HTML) longer than this is refused, not truncated: a cut post could hide
# what matters, and a caller that gets the error can say so. Lesson posts stop at 10,000.
MAX_POST_CHARS = 100_000
logger = logging.getLogger("moderation.flags.actions")


class PostRejected(ValueError):
    """Input record_post will not store, with a message for the caller."""

    def __init__(self, message: str, field: str = "text") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True, slots=True)
class RecordedPost:
    post: ModeratedPost
    flag: Flag | None
    matches: tuple[FlagMatch, ...]  # saved rows: keyword, category, severity, definition, span
    held: bool
    support_message: str
    created: bool


def record_post(
    text_or_html: Any,
    *,
    source: str,
    author: Any = None,
    course: Any = None,
    target: Any = None,
    is_html: bool = False,
    author_ref: str = "",
    course_ref: str = "",
    external_source: str = "",
    external_id: str = "",
    integration: Any = None,
) -> RecordedPost:
    """Sanitise, scan, store and flag one post. Raises PostRejected for input it refuses.

    External ids are `integration`'s own: another integration's post with the same ids is
    never returned (it could have been sent first to keep this one from being scanned)."""
    raw = as_text(text_or_html)
    if len(raw) > MAX_POST_CHARS:
        raise PostRejected(
            f"The post is {len(raw):,} characters long; the limit is {MAX_POST_CHARS:,}."
        )
    refs = _checked_refs(source, author_ref, course_ref, external_source, external_id)
    # No look-up before the insert: a repeated (integration, source, id) is refused by the
    # unique constraint below and answered with the first post (one statement per new post).
    text = stored_text(raw, is_html=is_html)
    library = active_library()
    # The request's language (the user's locale) tells scan_post a post may be Spanish.
    matches = scan_post(library.compiled, text, language=get_language())
    settings = ModerationSettings.load()
    highest = max((m.severity for m in matches), default=None)
    # ... and a disclosure below it, for the writer's sake (moderation/flags/support.py)
    held = highest is not None and (
        highest >= settings.hold_severity or tells_of_harm_to_writer(matches)
    )
    fields = {
        "source": source,
        "author": author if getattr(author, "pk", None) else None,
        "course": course if getattr(course, "pk", None) else None,
        "target": target if getattr(target, "pk", None) else None,
        "text": text,
        "html": clean_html(raw) if is_html else "",
        "status": ModeratedPost.Status.HELD if held else ModeratedPost.Status.PUBLISHED,
        "highest_severity": highest,
        "integration": integration,
        **refs,
    }
    flag, rows, committed = None, (), []
    # The post and, when it is flagged, its flag, matches, routing, audit entries and notices:
    # one statement on PostgreSQL (moderation/flags/together.py).
    writes = Together()
    [post] = writes.add([ModeratedPost(**fields)])
    if matches:
        # A held post's audit entry goes in with its flag's (held: it has matches).
        held_entry = ("post.held", post, {"severity": highest}) if held else None
        flag, rows = _flag(post, matches, library, settings, held_entry, writes)
    # Read before anything is written: an error after the commit must not undo the answer.
    support = _support_message(rows, settings)
    try:
        if not _may_make_a_pattern(post, flag) and not transaction.get_connection().in_atomic_block:
            # One statement, which the database commits by itself: a transaction around it
            # would only add a BEGIN and a COMMIT round trip to every post.
            writes.write()
            committed.append(True)
            writes.then()
        else:
            with transaction.atomic():
                # First of this transaction's commit hooks: the post is stored once it has run.
                transaction.on_commit(lambda: committed.append(True))
                writes.write()
                writes.then()
                if flag is not None:
                    check_pattern(flag, settings)
    except IntegrityError:
        existing = _existing(refs["external_source"], refs["external_id"], integration)
        if not refs["external_id"] or existing is None:
            raise
        return _replayed(existing)
    except Exception:
        if not committed:
            raise
        # A later commit hook failed (queueing the notices: they wait in the outbox for the
        # sweep). The post is stored: an error now would have it sent, and stored, again.
        logger.exception("post %s stored; the work after its commit failed", post.pk)
    return RecordedPost(post, flag, rows, held, support, True)


def _may_make_a_pattern(post: ModeratedPost, flag: Flag | None) -> bool:
    """Whether `check_pattern` may read and write after the flag is written (a student's
    flags, or replies to one classmate's posts, adding up): then they share a transaction."""
    return flag is not None and (post.author_id is not None or post.target_id is not None)


def _checked_refs(
    source: str, author_ref: str, course_ref: str, external_source: str, external_id: str
) -> dict[str, str]:
    if source not in _SOURCES:
        raise PostRejected(f"Unknown source {source!r}.", "source")
    refs = {
        "author_ref": as_text(author_ref).strip(),
        "course_ref": as_text(course_ref).strip(),
        "external_source": as_text(external_source).strip(),
        "external_id": as_text(external_id).strip(),
    }
    for name, value in refs.items():
        if len(value) > (limit := _REF_LIMITS[name]):
            raise PostRejected(f"{name} is longer than {limit} characters.", name)
    if refs["external_id"] and not refs["external_source"]:
        raise PostRejected("An external id needs the source system's name.", "external_source")
    return refs


_SOURCES = frozenset(ModeratedPost.Source.values)
_REF_LIMITS = {
    name: ModeratedPost._meta.get_field(name).max_length
    for name in ("author_ref", "course_ref", "external_source", "external_id")
}


def _existing(external_source: str, external_id: str, integration: Any) -> ModeratedPost | None:
    if not external_id:
        return None
    return ModeratedPost.objects.filter(
        integration=integration, external_source=external_source, external_id=external_id
    ).first()


def _replayed(post: ModeratedPost) -> RecordedPost:
    flag = post.flags.filter(is_pattern=False).order_by("pk").first()
    rows = tuple(flag.matches.all()) if flag is not None else ()
    return RecordedPost(
        post,
        flag,
        rows,
        post.status == ModeratedPost.Status.HELD,
        _support_message(rows, ModerationSettings.load()),
        False,
    )


def _support_message(rows: tuple[FlagMatch, ...], settings: ModerationSettings) -> str:
    if writer_may_need_help(rows):
        return support_text(settings)
    return ""


def support_text(settings: ModerationSettings) -> str:
    """The school's message, then the helplines a safeguarding lead has confirmed (curriculum's
    Settings > Help contacts, through moderation.hooks), in the student's language where the
    product wrote them (the request's: moderation.concerns.language for a concern)."""
    from moderation.hooks import student_help

    help_ = student_help()
    message = settings.help_contacts_for_student(emergency_number=help_.emergency_number)
    return "\n".join([message, *help_.lines])


# --- Flags --------------------------------------------------------------------------------


def escalation_deadline(severity: int, settings: ModerationSettings, start: Any) -> Any:
    minutes = (
        settings.critical_escalation_minutes
        if severity >= Severity.CRITICAL
        else settings.escalation_minutes
    )
    return start + timedelta(minutes=minutes)


_CATEGORIES = frozenset(Category.values)


def _flag(
    post: ModeratedPost,
    matches: list[Match],
    library: ActiveLibrary,
    settings: ModerationSettings,
    held_entry: tuple[str, Any, dict[str, Any]] | None,
    writes: Together,
) -> tuple[Flag, tuple[FlagMatch, ...]]:
    """The new flag of `post` and its matches, routed, audited and its notices queued: all
    written with the post (`writes`)."""
    # The flag takes the category of its most severe match (the first of equals in the text).
    top = min(matches, key=lambda m: (-m.severity, m.start))
    now = timezone.now()
    flag = Flag(
        post=post,
        student=post.author,
        course=post.course,
        category=top.category if top.category in _CATEGORIES else Category.OTHER,
        severity=top.severity,
        escalate_after=escalation_deadline(top.severity, settings, now),
        unread_matches=[
            {"category": category, "severity": severity, "count": count}
            for (category, severity), count in sorted(unread_of(matches).items())
        ],
    )
    flag.rule = choose_rule(flag)  # saved with the flag: no second write when it is routed
    writes.add([flag])
    # An entry deleted since the library was compiled keeps its words, not its link.
    rows = writes.add(
        [
            FlagMatch(
                flag=flag,
                entry_id=library.entry_pk(m.entry),
                term=m.entry.term,
                category=m.category if m.category in _CATEGORIES else Category.OTHER,
                severity=m.severity,
                definition=m.entry.definition,
                start=m.start,
                end=m.end,
                matched_text=m.text[:500],
                normalisations=list(m.normalisations),
                context=m.context,
            )
            for m in matches
        ],
        links_checked=("entry",),
    )
    raise_flag(flag, rule_chosen=True, audited_with=held_entry, writes=writes)
    return flag, tuple(rows)


def raise_flag(
    flag: Flag,
    *,
    rule_chosen: bool = False,
    audited_with: tuple[str, Any, dict[str, Any]] | None = None,
    writes: Together | None = None,
) -> None:
    """Route a new flag, audit it and tell its recipients once the transaction commits
    (`rule_chosen`: saved with the rule `choose_rule` gave it; `audited_with`: another
    (action, object, detail) entry for the audit log, written with the flag's; `writes`: the
    flag is not written yet, and these rows go with it, else they are written here, in one
    statement on PostgreSQL)."""
    own = writes is None
    writes = Together() if writes is None else writes
    chosen = route(flag, chosen=rule_chosen, writes=writes)
    raised = {
        "severity": flag.severity,
        "category": flag.category,
        "pattern": flag.is_pattern,
        "rule": chosen.rule.pk if chosen.rule else None,
        "routed_to": [person.pk for person in chosen.recipients],
    }
    entries = [("flag.raised", flag, raised), *filter(None, [audited_with])]
    audit.record_each(None, entries, writes=writes)
    from moderation.flags.notifications import notify_on_commit

    notify_on_commit(flag, new_flag_recipients=chosen.recipients, writes=writes)
    if own:
        writes.write()
        writes.then()


# --- Patterns -----------------------------------------------------------------------------


def check_pattern(flag: Flag, settings: ModerationSettings | None = None) -> Flag | None:
    """Raise one combined flag when lower-severity flags add up: by the same student, or
    against the same target (flagged replies, from anyone, to one classmate's posts).

    A target is only ever the author of the post being replied to: names typed in a post are
    not guessed at, since guessing would flag innocent students.
    """
    settings = settings or ModerationSettings.load()
    if flag.is_pattern or flag.severity >= settings.hold_severity:
        return None
    if flag.student_id is not None:
        found = _pattern_of(
            flag, {"student_id": flag.student_id}, settings, student_id=flag.student_id
        )
        if found is not None:
            return found
    target_id = flag.post.target_id if flag.post_id else None
    if target_id is not None:
        return _pattern_of(flag, {"post__target_id": target_id}, settings, target_id=target_id)
    return None


def _pattern_of(
    flag: Flag,
    same: dict[str, int],
    settings: ModerationSettings,
    student_id: int | None = None,
    target_id: int | None = None,
) -> Flag | None:
    since = timezone.now() - timedelta(days=settings.pattern_window_days)
    candidates = list(
        Flag.objects.select_for_update(of=("self",))
        .filter(
            **same,
            is_pattern=False,
            post__isnull=False,
            severity__lt=settings.hold_severity,
            created_at__gte=since,
        )
        .exclude(outcome=Flag.Outcome.FALSE_POSITIVE)
        .exclude(post__pattern_flags__isnull=False)  # a post counts towards one pattern only
        .order_by("created_at", "pk")
    )
    if len(candidates) < max(settings.pattern_count, 2):
        return None
    counts = Counter(c.category for c in candidates)
    category = max(
        counts,
        key=lambda cat: (counts[cat], max(c.severity for c in candidates if c.category == cat)),
    )
    severity = min(max(c.severity for c in candidates) + 1, Severity.CRITICAL)
    pattern = Flag.objects.create(
        is_pattern=True,
        # A pattern against a target is about the student on the receiving end.
        student_id=student_id if student_id is not None else target_id,
        course=flag.course,
        category=category,
        severity=severity,
        escalate_after=escalation_deadline(severity, settings, timezone.now()),
    )
    pattern.related_posts.set({c.post_id for c in candidates})
    raise_flag(pattern)
    return pattern
