"""Data protection: retention, subject access and erasure of what moderation keeps.

Retention (`purge_expired`, daily): concerns, flags and posts older than their configured
number of days are deleted. A post older than its retention whose flag is still kept loses its
words (text, HTML and the matched words) but keeps its row, so the case stays readable as
"keyword, definition, outcome". Other apps' own copies of the same words (the lesson flow's
discussion posts and reflections) go after the same number of days as posts, through the
`moderation.hooks.StudentTexts` each app registers: a discussion post that newer replies answer
keeps its place in the thread without its words. Audit entries stay: they hold who did what,
never text.

Subject access (`export_student_data`) and erasure (`erase_student_data`) cover one student,
who is (platform registration, sub), never a sub alone: their moderated posts (and those an
integration tied to the same platform sent under their `sub`), flags about them, concerns they
raised under their name, every registered app's copies of their words (lesson discussion posts
and reflections, through `moderation.hooks`), keyword exceptions
staff accepted from their words, and the name and e-mail the LMS gave us (also in the cached
course rosters). Anonymous concerns cannot be found by design. The account, its LTI identity,
course memberships and lesson progress stay: the LMS owns them and would recreate them at the
next launch; the school removes the student there.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from moderation import hooks
from moderation.keywords.store import bump_version
from moderation.models import (
    Concern,
    Flag,
    FlagMatch,
    KeywordEntry,
    KeywordEntryHistory,
    ModeratedPost,
    ModerationSettings,
)
from moderation.staff import audit

ERASED_EXCEPTIONS_REASON = (
    "Exceptions made from a student's words were removed when their data was erased."
)


# --- Retention ----------------------------------------------------------------------------


@transaction.atomic
def purge_expired(now: datetime | None = None) -> dict[str, int]:
    """Delete what is past its retention; returns counts by kind."""
    now = now or timezone.now()
    settings = ModerationSettings.load()
    counts = {"concerns": 0, "flags": 0, "posts": 0, "posts_emptied": 0}
    # Other apps' copies first, while their moderation records still say what they were.
    for texts in hooks.student_texts():
        counts.update(texts.purge_before(now - timedelta(days=settings.post_retention_days)))

    old_concerns = Concern.objects.filter(
        created_at__lt=now - timedelta(days=settings.concern_retention_days)
    )
    concern_posts = list(old_concerns.exclude(post=None).values_list("post_id", flat=True))
    counts["concerns"] = _count(old_concerns.delete())
    ModeratedPost.objects.filter(pk__in=concern_posts).delete()

    old_flags = Flag.objects.filter(
        created_at__lt=now - timedelta(days=settings.flag_retention_days)
    )
    counts["flags"] = old_flags.count()
    old_flags.delete()

    old_posts = ModeratedPost.objects.filter(
        created_at__lt=now - timedelta(days=settings.post_retention_days)
    ).exclude(concern__isnull=False)  # a concern's retention governs its post
    still_needed = old_posts.filter(Q(flags__isnull=False) | Q(pattern_flags__isnull=False))
    needed_ids = set(still_needed.values_list("pk", flat=True))
    counts["posts"] = old_posts.exclude(pk__in=needed_ids).count()
    old_posts.exclude(pk__in=needed_ids).delete()
    emptied = ModeratedPost.objects.filter(pk__in=needed_ids).exclude(text="", html="")
    counts["posts_emptied"] = emptied.update(text="", html="")
    FlagMatch.objects.filter(flag__post_id__in=needed_ids).exclude(matched_text="").update(
        matched_text=""
    )
    if any(counts.values()):
        audit.record(None, "retention.purged", None, **counts)
    return counts


def _count(deleted: tuple[int, dict[str, int]]) -> int:
    return deleted[1].get(Concern._meta.label, 0)


# --- Subject access and erasure -----------------------------------------------------------


def _identity(user: Any) -> Any:
    from lti.models import LtiIdentity

    return LtiIdentity.objects.filter(user=user).first()


def student_posts(user: Any) -> QuerySet[ModeratedPost]:
    """The student's posts: written here, or sent by an integration under their LTI `sub`.

    A sub is only unique within its platform registration: an integration's `author_ref` is the
    student's only when the integration is tied to the student's platform. Integrations tied
    to no platform, or another, are left out (their author_ref may be another school's child).
    """
    query = Q(author=user)
    identity = _identity(user)
    if identity is not None:
        query |= Q(
            source=ModeratedPost.Source.API,
            author_ref=identity.sub,
            integration__platform_id=identity.platform_id,
        )
    return ModeratedPost.objects.filter(query)


def student_flags(user: Any) -> QuerySet[Flag]:
    return Flag.objects.filter(Q(student=user) | Q(post__in=student_posts(user))).distinct()


def _named_concerns(user: Any) -> QuerySet[Concern]:
    return Concern.objects.filter(reporter=user, anonymous=False)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_student_data(user: Any) -> dict[str, Any]:
    """Everything moderation (and every registered app's copy of their words) holds about one
    student."""
    identity = _identity(user)
    posts = student_posts(user).select_related("course").order_by("created_at", "pk")
    flags = (
        student_flags(user)
        .prefetch_related("matches", "related_posts")
        .order_by("created_at", "pk")
    )
    return {
        "generated_at": timezone.now().isoformat(),
        "student": {
            "id": user.pk,
            "username": user.get_username(),
            "lti_identity": (
                {
                    "platform": identity.platform_id,
                    "issuer": identity.issuer,
                    "sub": identity.sub,
                    "name": identity.name,
                    "email": identity.email,
                }
                if identity is not None
                else None
            ),
        },
        "moderated_posts": [
            {
                "id": post.pk,
                "source": post.source,
                "status": post.status,
                "text": post.text,
                "course": str(post.course) if post.course else post.course_ref,
                "external_source": post.external_source,
                "external_id": post.external_id,
                "created_at": _iso(post.created_at),
            }
            for post in posts
        ],
        "flags": [
            {
                "id": flag.pk,
                "post_id": flag.post_id,
                "pattern_of_posts": [p.pk for p in flag.related_posts.all()],
                "category": flag.category,
                "severity": flag.get_severity_display(),
                "status": flag.status,
                "outcome": flag.outcome,
                "created_at": _iso(flag.created_at),
                "resolved_at": _iso(flag.resolved_at),
                "matches": [
                    {
                        "keyword": match.term,
                        "category": match.category,
                        "severity": match.get_severity_display(),
                        "definition": match.definition,
                        "start": match.start,
                        "end": match.end,
                        "words": match.matched_text,
                        "false_positive": match.false_positive,
                    }
                    for match in flag.matches.all()
                ],
            }
            for flag in flags
        ],
        "concerns": [
            {
                "id": concern.pk,
                "category": concern.category,
                "about": concern.about,
                "status": concern.status,
                "trusted_adult": concern.trusted_adult.display_name,
                "created_at": _iso(concern.created_at),
                "messages": [
                    {
                        "from_staff": message.from_staff,
                        "text": message.text,
                        "created_at": _iso(message.created_at),
                    }
                    for message in concern.messages.all()
                ],
            }
            for concern in _named_concerns(user).select_related("trusted_adult")
        ],
        **_other_apps_texts(user),
        "keyword_exceptions_from_their_words": _exceptions_from_their_words(student_posts(user)),
        "not_included": (
            "Staff case notes and who was notified are safeguarding records about the student, "
            "not data the student provided; the school's data protection lead decides on them "
            "case by case. Anonymous concerns are not linked to anyone and cannot be found. "
            "Posts an integration sent are included only when the integration is tied to the "
            "student's own LMS platform."
        ),
    }


def _other_apps_texts(user: Any) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    for texts in hooks.student_texts():
        rows.update(texts.export_for(user))
    return rows


@transaction.atomic
def erase_student_data(user: Any, actor: Any = None) -> dict[str, int]:
    """Delete everything `export_student_data` returns but the account and its LTI identity
    (whose name and e-mail are blanked). Returns counts by kind."""
    from lti.models import LtiIdentity

    counts: dict[str, int] = {}
    # Other apps' copies first: a copy that must keep its place (a post classmates answered)
    # is emptied by its app before its moderation record goes.
    for texts in hooks.student_texts():
        counts.update(texts.erase_for(user))
    their_posts = ModeratedPost.objects.filter(
        pk__in=list(student_posts(user).values_list("pk", flat=True))
    )
    # Before their flags (and the false-positive matches that point at the words) go.
    counts["keyword_exceptions"] = _remove_exceptions_from_their_words(their_posts, actor)
    concerns = _named_concerns(user)
    concern_posts = list(concerns.exclude(post=None).values_list("post_id", flat=True))
    counts["concerns"] = concerns.count()
    concerns.delete()
    ModeratedPost.objects.filter(pk__in=concern_posts).delete()

    flags = Flag.objects.filter(pk__in=list(student_flags(user).values_list("pk", flat=True)))
    counts["flags"] = flags.count()
    flags.delete()
    posts = ModeratedPost.objects.filter(
        pk__in=list(student_posts(user).values_list("pk", flat=True))
    )
    counts["moderated_posts"] = posts.count()
    posts.delete()

    LtiIdentity.objects.filter(user=user).update(name="", email="")
    _forget_cached_rosters(user)
    user_model_fields = {f.name for f in user._meta.get_fields()}
    blank = {name: "" for name in ("first_name", "last_name", "email") if name in user_model_fields}
    if blank:
        type(user).objects.filter(pk=user.pk).update(**blank)
    audit.record(actor, "student.erased", None, student=user.pk, **counts)
    return counts


# --- Copies of a student's words and name outside their own records -------------------------


def _normalised(text: str) -> str:
    return " ".join(text.split()).lower()


def _their_exceptions(posts: QuerySet[ModeratedPost]) -> dict[KeywordEntry, list[str]]:
    """Accepted exceptions made from these posts' words, by keyword entry.

    Staff accept an exception from a false positive's context (`propose_exception`), so the
    phrase is in the post's text. A phrase another kept post also proposes is not only theirs.
    """
    theirs: dict[int, list[str]] = defaultdict(list)
    matches = FlagMatch.objects.filter(
        false_positive=True, entry__isnull=False, flag__post__in=posts
    ).values_list("entry_id", "flag__post__text")
    for entry_id, text in matches:
        theirs[entry_id].append(_normalised(text))
    found: dict[KeywordEntry, list[str]] = {}
    for entry in KeywordEntry.objects.filter(pk__in=theirs).select_related("library"):
        others = [
            _normalised(text)
            for text in FlagMatch.objects.filter(entry=entry, false_positive=True)
            .exclude(flag__post__in=posts)
            .exclude(flag__post=None)
            .values_list("flag__post__text", flat=True)
        ]
        phrases = [
            phrase
            for phrase in entry.exception_list
            if any(_normalised(phrase) in text for text in theirs[entry.pk])
            and not any(_normalised(phrase) in text for text in others)
        ]
        if phrases:
            found[entry] = phrases
    return found


def _exceptions_from_their_words(posts: QuerySet[ModeratedPost]) -> list[dict[str, str]]:
    return [
        {"keyword": entry.term, "exception": phrase}
        for entry, phrases in _their_exceptions(posts).items()
        for phrase in phrases
    ]


def _without(exceptions: Any, phrases: set[str]) -> Any:
    """Exceptions without the erased phrases, in the shape they came in: a list in history
    snapshots, the `|`-joined text on the entry (and in history written before one shape)."""
    if isinstance(exceptions, list):
        return [e for e in exceptions if _normalised(e) not in phrases]
    if not isinstance(exceptions, str):
        return exceptions
    kept = [e for e in exceptions.split("|") if _normalised(e) not in phrases]
    return "|".join(kept)


def _remove_exceptions_from_their_words(posts: QuerySet[ModeratedPost], actor: Any) -> int:
    """Take the student's words out of the keyword library and its history. The library then
    scans as if the exception had never been accepted; staff may accept another phrase."""
    removed = 0
    for entry, phrases in _their_exceptions(posts).items():
        gone = {_normalised(p) for p in phrases}
        entry.exceptions = _without(entry.exceptions, gone)
        entry.save(update_fields=["exceptions", "updated_at"])
        history = KeywordEntryHistory.objects.filter(
            Q(entry=entry) | Q(entry=None, library=entry.library, term=entry.term)
        )
        for row in history:
            before = {**row.before, "exceptions": _without(row.before.get("exceptions"), gone)}
            after = {**row.after, "exceptions": _without(row.after.get("exceptions"), gone)}
            if "exceptions" not in row.before:
                before.pop("exceptions")
            if "exceptions" not in row.after:
                after.pop("exceptions")
            if (before, after) != (row.before, row.after):
                KeywordEntryHistory.objects.filter(pk=row.pk).update(before=before, after=after)
        KeywordEntryHistory.objects.create(
            entry=entry,
            library=entry.library,
            term=entry.term,
            action=KeywordEntryHistory.Action.CHANGED,
            actor=actor if getattr(actor, "pk", None) else None,
            reason=ERASED_EXCEPTIONS_REASON,
            after={"exceptions_removed": len(phrases)},
        )
        bump_version(entry.library)
        removed += len(phrases)
    return removed


def _forget_cached_rosters(user: Any) -> None:
    """Course rosters (names from the LMS) are cached for a few minutes: drop the student's
    courses' copies now rather than when they expire."""
    from lti.models import Course
    from lti.roster import _cache_key

    for course in Course.objects.filter(memberships__user=user):
        cache.delete(_cache_key(course))
