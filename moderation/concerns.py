"""Concerns: a student tells a trusted adult, anonymously if they wish, and the conversation
goes on through a claim code instead of a name.

What an anonymous concern keeps: the category, whether it is about the student or someone else,
the chosen adult, the text (as a scanned `ModeratedPost` with no author), the replies and a
hash of the claim code. Not the user, the session, the IP address or the browser: the views
never pass them here and nothing here looks for them. The claim code is shown once; only its
scrypt hash (salted per deployment, so that a code can be looked up) is stored.

A concern's text, and every answer the student sends, goes through `record_post` like any
post: scanned, flagged, routed and audited. The chosen adult is always told, by a notice in
the admin and an e-mail that never carries the text.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from moderation import audit
from moderation.actions import record_post
from moderation.channels import notify
from moderation.models import (
    Concern,
    ConcernMessage,
    ModeratedPost,
    StaffNotification,
    TrustedAdult,
)
from moderation.permissions import is_lead
from moderation.sources import attach_source

# Unambiguous when read aloud or copied by hand: no 0/O, 1/I/L.
CLAIM_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CLAIM_GROUPS = 4
CLAIM_GROUP_LENGTH = 4  # 16 characters of 31: about 79 bits
CLAIM_CODE_LENGTH = CLAIM_GROUPS * CLAIM_GROUP_LENGTH
# scrypt at n=2**14, r=8: about 16 MiB and tens of milliseconds per code, once per attempt.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}

ANONYMOUS_ACTOR = "anonymous student"
CLAIM_ACTOR = "student with claim code"
MAX_TEXT_CHARS = 5000

# A student may choose any of these; profanity is for scanning, not for telling an adult.
STUDENT_CATEGORIES = [
    ("bullying", "Bullying, online or offline"),
    ("self_harm", "Self-harm or thoughts of suicide"),
    ("eating_disorders", "Eating or body worries"),
    ("grooming", "Someone trying to get too close, or asking for secrets"),
    ("sexting", "Being asked for, or sent, sexual pictures or messages"),
    ("hate", "Hate because of race, religion or who someone is"),
    ("extremism", "Extreme ideas or groups"),
    ("violence", "Violence, threats or weapons"),
    ("drugs", "Drugs or alcohol"),
    ("other", "Something else"),
]


class ClaimRateLimited(Exception):
    """Too many wrong claim codes from this client (or overall) in the window."""


# --- Claim codes --------------------------------------------------------------------------


def new_claim_code() -> str:
    raw = "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(CLAIM_CODE_LENGTH))
    return format_claim_code(raw)


def format_claim_code(code: str) -> str:
    n = CLAIM_GROUP_LENGTH
    return "-".join(code[i : i + n] for i in range(0, len(code), n))


def normalise_claim_code(entered: str) -> str:
    """What the student typed, without spaces, dashes or case; "" if it cannot be a code."""
    code = "".join(ch for ch in entered.upper() if ch.isalnum())
    if len(code) != CLAIM_CODE_LENGTH or any(ch not in CLAIM_ALPHABET for ch in code):
        return ""
    return code


def _claim_salt() -> bytes:
    configured = settings.CONCERN_CLAIM_CODE_SALT
    if configured:
        return configured.encode("utf-8")
    return hashlib.sha256(f"upstander concern claim codes {settings.SECRET_KEY}".encode()).digest()


def hash_claim_code(code: str) -> str:
    normalised = normalise_claim_code(code)
    if not normalised:
        raise ValueError("not a claim code")
    return hashlib.scrypt(normalised.encode("ascii"), salt=_claim_salt(), **_SCRYPT).hex()


# --- Raising a concern --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RaisedConcern:
    concern: Concern
    claim_code: str  # shown to the student once, never stored
    support_message: str


def active_trusted_adults() -> QuerySet[TrustedAdult]:
    return TrustedAdult.objects.filter(active=True, user__is_active=True)


def raise_concern(
    *,
    trusted_adult: TrustedAdult,
    category: str,
    about: str,
    text: str,
    anonymous: bool,
    reporter: Any = None,
) -> RaisedConcern:
    """Record a concern for `trusted_adult`. With `anonymous`, `reporter` is dropped at once."""
    signed_in = reporter is not None and getattr(reporter, "is_authenticated", False)
    if anonymous or not signed_in:
        reporter, anonymous = None, True
    code = new_claim_code()
    with transaction.atomic():
        recorded = record_post(text, source=ModeratedPost.Source.CONCERN, author=reporter)
        concern = Concern.objects.create(
            category=category,
            about=about,
            anonymous=anonymous,
            reporter=reporter,
            trusted_adult=trusted_adult,
            claim_code_hash=hash_claim_code(code),
            post=recorded.post,
        )
        attach_source(recorded.post, concern)
        audit.record(
            reporter or ANONYMOUS_ACTOR,
            "concern.raised",
            concern,
            anonymous=anonymous,
            category=category,
            about=about,
            trusted_adult=trusted_adult.pk,
            flag=recorded.flag.pk if recorded.flag else None,
        )
        _notify(concern, trusted_adult.user, "routed")
    return RaisedConcern(
        concern=concern, claim_code=code, support_message=recorded.support_message or ""
    )


# --- The student's side, through the claim code --------------------------------------------


def _failure_keys(client_key: str) -> tuple[str, str]:
    return f"concern-claim-failures:{client_key}", "concern-claim-failures:all"


def _limits() -> tuple[int, int]:
    per_client = settings.CONCERN_CLAIM_MAX_FAILURES
    return per_client, per_client * 20


def claim_rate_limited(client_key: str) -> bool:
    mine, everyone = _failure_keys(client_key)
    per_client, overall = _limits()
    return (cache.get(mine) or 0) >= per_client or (cache.get(everyone) or 0) >= overall


def _count_failure(client_key: str) -> None:
    window = settings.CONCERN_CLAIM_WINDOW_SECONDS
    for key in _failure_keys(client_key):
        cache.add(key, 0, timeout=window)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)


def open_by_claim_code(entered: str, *, client_key: str, audit_view: bool = True) -> Concern | None:
    """The concern whose claim code was entered, or None (and one more failure counted).

    `client_key` names the client for the failure counter only (the views pass a keyed hash
    that changes daily); it is never stored with a concern.
    """
    if claim_rate_limited(client_key):
        raise ClaimRateLimited
    code = normalise_claim_code(entered)
    concern = (
        Concern.objects.select_related("trusted_adult", "post")
        .filter(claim_code_hash=hash_claim_code(code))
        .first()
        if code
        else None
    )
    if concern is None:
        _count_failure(client_key)
        return None
    if audit_view:
        audit.record(CLAIM_ACTOR, "concern.viewed_by_student", concern)
    return concern


def thread(concern: Concern) -> list[dict[str, Any]]:
    """The conversation as the student and staff read it: the concern, then every message."""
    opening = {
        "from_staff": False,
        "author": "",
        "text": concern.post.text if concern.post else "",
        "created_at": concern.created_at,
    }
    messages = [
        {
            "from_staff": m.from_staff,
            "author": _staff_name(m, concern) if m.from_staff else "",
            "text": m.text,
            "created_at": m.created_at,
        }
        for m in concern.messages.select_related("staff_author")
    ]
    return [opening, *messages]


def _staff_name(message: ConcernMessage, concern: Concern) -> str:
    """As students know them: the trusted adult's display name, never a login name."""
    author = message.staff_author
    if author is None:
        return "A member of staff"
    if author.pk == concern.trusted_adult.user_id:
        return concern.trusted_adult.display_name
    listed = TrustedAdult.objects.filter(user=author).first()
    return listed.display_name if listed else (author.get_full_name() or "A member of staff")


@dataclass(frozen=True, slots=True)
class StudentReply:
    message: ConcernMessage
    support_message: str


def student_reply(concern: Concern, text: str) -> StudentReply:
    """The student answers through their claim code; scanned like the concern itself."""
    with transaction.atomic():
        concern = (
            Concern.objects.select_for_update(of=("self",)).select_related("trusted_adult").get(pk=concern.pk)
        )
        recorded = record_post(text, source=ModeratedPost.Source.CONCERN, author=concern.reporter)
        message = ConcernMessage.objects.create(
            concern=concern, from_staff=False, text=recorded.post.text
        )
        attach_source(recorded.post, message)
        # The student wrote again: it is waiting for staff, even if it had been closed.
        concern.status = Concern.Status.OPEN
        concern.save(update_fields=["status"])
        audit.record(
            concern.reporter or CLAIM_ACTOR,
            "concern.student_replied",
            concern,
            message=message.pk,
            flag=recorded.flag.pk if recorded.flag else None,
        )
        _notify(concern, concern.trusted_adult.user, "reply")
    return StudentReply(message=message, support_message=recorded.support_message or "")


# --- The staff side ------------------------------------------------------------------------


def visible_concerns(user: Any) -> QuerySet[Concern]:
    """Concerns `user` may read: those sent to them, and every one for safeguarding leads."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Concern.objects.none()
    concerns = Concern.objects.select_related("trusted_adult", "post", "reporter")
    if is_lead(user):
        return concerns
    return concerns.filter(trusted_adult__user=user)


def can_see_concerns(user: Any) -> bool:
    """Whether the admin shows `user` the concern inbox at all."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return is_lead(user) or TrustedAdult.objects.filter(user=user).exists()


def staff_reply(concern: Concern, actor: AbstractBaseUser, text: str) -> ConcernMessage:
    text = text.strip()
    if not text:
        raise ValueError("A reply needs some words.")
    with transaction.atomic():
        message = ConcernMessage.objects.create(
            concern=concern, from_staff=True, staff_author=actor, text=text[:MAX_TEXT_CHARS]
        )
        concern.status = Concern.Status.REPLIED
        concern.save(update_fields=["status"])
        audit.record(actor, "concern.replied", concern, message=message.pk)
    return message


def close_concern(concern: Concern, actor: AbstractBaseUser, reason: str = "") -> Concern:
    with transaction.atomic():
        concern.status = Concern.Status.CLOSED
        concern.save(update_fields=["status"])
        audit.record(actor, "concern.closed", concern, reason=reason.strip())
    return concern


def record_staff_view(concern: Concern, actor: AbstractBaseUser) -> None:
    audit.record(actor, "concern.viewed", concern)
    StaffNotification.objects.filter(concern=concern, recipient=actor, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def record_refused_view(concern_id: int, actor: AbstractBaseUser) -> None:
    """Someone asked for a concern they may not read: kept, for the leads to see."""
    audit.record(actor, "concern.view_refused", None, concern=concern_id)


# --- Telling the adult ---------------------------------------------------------------------


def _notify(concern: Concern, recipient: Any, reason: str) -> None:
    concern_id, recipient_id = concern.pk, recipient.pk
    transaction.on_commit(lambda: notify_adult(concern_id, recipient_id, reason))


def notify_adult(concern_id: int, recipient_id: int, reason: str = "routed") -> int:
    """Tell one adult about a concern on every channel (an admin notice and an e-mail that
    never carries what the student wrote). Returns the number of notices sent."""
    concern = Concern.objects.filter(pk=concern_id).first()
    recipient = get_user_model().objects.filter(pk=recipient_id, is_active=True).first()
    if concern is None or recipient is None:
        return 0  # purged, or the account was closed in the meantime
    if reason == "reply":
        # Channels send one notice per (person, concern, reason); each new answer is news.
        StaffNotification.objects.filter(
            recipient=recipient, concern=concern, reason="reply", flag=None
        ).delete()
    return notify([recipient], concern=concern, reason=reason)
