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
import math
import secrets
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import caches
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from moderation.flags.actions import record_post
from moderation.flags.channels import notify
from moderation.models import (
    Concern,
    ConcernMessage,
    ModeratedPost,
    StaffNotification,
    TrustedAdult,
)
from moderation.staff import audit
from moderation.staff.permissions import is_lead

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

# A student may choose any of these; profanity is for scanning, not for telling an adult. The
# labels are the student's, in the student's language (staff read the model's own labels).
STUDENT_CATEGORIES = [
    ("bullying", _("Bullying, online or offline")),
    ("self_harm", _("Self-harm or thoughts of suicide")),
    ("eating_disorders", _("Eating or body worries")),
    ("grooming", _("Someone trying to get too close, or asking for secrets")),
    ("sexting", _("Being asked for, or sent, sexual pictures or messages")),
    ("hate", _("Hate because of race, religion or who someone is")),
    ("extremism", _("Extreme ideas or groups")),
    ("violence", _("Violence, threats or weapons")),
    ("drugs", _("Drugs or alcohol")),
    ("other", _("Something else")),
]


class ClaimRateLimited(Exception):
    """Too many wrong claim codes from this client in the window."""


class TooManyMessages(Exception):
    """Too many concerns or answers from this client, for this code or from everyone just now.

    `retry_after` is the number of seconds until the limit that was reached frees up.
    """

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"try again in {retry_after} seconds")
        self.retry_after = retry_after


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


# --- Abuse limits --------------------------------------------------------------------------
# A limit of N per window is N slots in the `limits` cache; an event takes the first free slot
# with `add`, which is atomic on every backend (Redis SET NX, a unique key in the database
# table), so a burst of simultaneous requests cannot all read the same count and pass. Keys are
# keyed hashes of the client (the views pass `client_key`, an HMAC that changes daily), never the
# address itself. Windows are fixed (the window's number is in the key) and expire with it.


@dataclass(frozen=True, slots=True)
class _Limit:
    key: str
    allowed: int
    window: int  # seconds

    def slots(self, now: float) -> str:
        return f"{self.key}:{int(now // self.window)}"

    def seconds_left(self, now: float) -> int:
        return max(1, math.ceil((int(now // self.window) + 1) * self.window - now))


def _limits_cache():
    return caches["limits"]


def _exhausted(limit: _Limit, now: float) -> bool:
    slots = limit.slots(now)
    return _limits_cache().get(f"{slots}:{limit.allowed - 1}") is not None


def _take_slot(limit: _Limit, now: float) -> str | None:
    """The key of the slot this event took, or None when every slot is taken."""
    store, slots, timeout = _limits_cache(), limit.slots(now), limit.seconds_left(now)
    # Where the last taker stopped: a hint only, so a stale one costs a few more adds.
    start = min(store.get(f"{slots}:next") or 0, limit.allowed)
    for slot in range(start, limit.allowed):
        if store.add(f"{slots}:{slot}", 1, timeout):
            store.set(f"{slots}:next", slot + 1, timeout)
            return f"{slots}:{slot}"
    return None


def _reached(limits: list[_Limit], now: float) -> int:
    """Seconds until every exhausted limit has freed up; 0 if none is exhausted."""
    return max((lim.seconds_left(now) for lim in limits if _exhausted(lim, now)), default=0)


def _take_all(limits: list[_Limit], now: float) -> int:
    """Take a slot of every limit, or none of them: 0, or the seconds to wait."""
    taken = []
    for limit in limits:
        slot = _take_slot(limit, now)
        if slot is None:
            _limits_cache().delete_many(taken)  # count nothing for a refused message
            return limit.seconds_left(now)
        taken.append(slot)
    return 0


def _message_limits(client_key: str, concern: Concern | None) -> list[_Limit]:
    window = settings.CONCERN_RATE_WINDOW_SECONDS
    per_client = settings.CONCERN_MAX_PER_CLIENT
    kind = "reply" if concern is not None else "new"
    limits = [
        _Limit(f"concern-rate:{kind}:client:{client_key}", per_client, window),
        _Limit("concern-rate:school", settings.CONCERN_MAX_PER_MINUTE, 60),
    ]
    if concern is not None:
        # Per code: a code shared around (or leaked) cannot flood its adult from many clients.
        limits.append(_Limit(f"concern-rate:reply:code:{concern.pk}", per_client, window))
    return limits


def admit_student_message(client_key: str, concern: Concern | None = None) -> None:
    """Count a new concern (or, with `concern`, an answer to it) against the limits, or raise
    `TooManyMessages` and count nothing: per client, per claim code, and school-wide."""
    wait = _take_all(_message_limits(client_key, concern), time.time())
    if wait:
        raise TooManyMessages(wait)


def _failure_limit(client_key: str) -> _Limit:
    # Per client only: a school-wide ceiling would let one guesser lock every student out.
    return _Limit(
        f"concern-claim-failures:{client_key}",
        settings.CONCERN_CLAIM_MAX_FAILURES,
        settings.CONCERN_CLAIM_WINDOW_SECONDS,
    )


def claim_rate_limited(client_key: str) -> bool:
    return bool(_reached([_failure_limit(client_key)], time.time()))


def _count_failure(client_key: str) -> None:
    _take_slot(_failure_limit(client_key), time.time())


def open_by_claim_code(entered: str, *, client_key: str, audit_view: bool = True) -> Concern | None:
    """The concern whose claim code was entered, or None (and one more failure counted).

    `client_key` names the client for the failure counter only (the views pass a keyed hash
    that changes daily); it is only a cache key, never stored with a concern.
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
        return gettext("A member of staff")
    if author.pk == concern.trusted_adult.user_id:
        return concern.trusted_adult.display_name
    listed = TrustedAdult.objects.filter(user=author).first()
    return (
        listed.display_name if listed else (author.get_full_name() or gettext("A member of staff"))
    )


@dataclass(frozen=True, slots=True)
class StudentReply:
    message: ConcernMessage
    support_message: str


def student_reply(concern: Concern, text: str) -> StudentReply:
    """The student answers through their claim code; scanned like the concern itself."""
    with transaction.atomic():
        concern = (
            Concern.objects.select_for_update(of=("self",))
            .select_related("trusted_adult")
            .get(pk=concern.pk)
        )
        recorded = record_post(text, source=ModeratedPost.Source.CONCERN, author=concern.reporter)
        message = ConcernMessage.objects.create(
            concern=concern, from_staff=False, text=recorded.post.text, post=recorded.post
        )
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
    # Written in the concern's own transaction (the outbox): a task sends it after commit.
    notify_adult(concern.pk, recipient.pk, reason)


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
