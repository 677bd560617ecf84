"""The thank-you page after a concern, reached by a redirect (POST/redirect/GET), that shows the
claim code once; and one concern for one form, however often it is sent.

The claim code is never stored and never in a URL. The redirect carries a random token; the
`limits` cache (durable, shared by every worker) keeps, under a hash of the token, what the page
shows (the code, the concern's number, the support message) encrypted with a key that is the
token itself, until the page is first shown or ten minutes pass. Neither the URL (history, logs)
nor the cache alone opens the code, and once the page is shown neither holds anything.

The form carries a random `submission` value from the GET that drew it. A second POST of the
same form (a double click, Back then send, a reload that resends) is answered with the first
POST's redirect, after waiting for it if it is still being sent, instead of a second concern.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import time
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from django.core.cache import caches

KEEP_SECONDS = 600
WAIT_FOR_FIRST_SECONDS = 10.0
_PENDING = "pending"


def _cache():
    return caches["limits"]


def new_submission() -> str:
    return secrets.token_urlsafe(18)


def _key(kind: str, value: str) -> str:
    return f"concern-{kind}:" + hashlib.sha256(value.encode("ascii", "replace")).hexdigest()


def seal(shown: dict[str, Any]) -> str:
    """Keep what the thank-you page shows, once; returns the token for its URL."""
    raw = secrets.token_bytes(32)
    token = base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    sealed = Fernet(base64.urlsafe_b64encode(raw)).encrypt(json.dumps(shown).encode("utf-8"))
    _cache().set(_key("shown", token), sealed.decode("ascii"), KEEP_SECONDS)
    return token


def unseal(token: str) -> dict[str, Any] | None:
    """What the page shows, the first time only; None for a used, expired or made-up token."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    key = _key("shown", token)
    sealed = _cache().get(key) if len(raw) == 32 else None
    # Whoever deletes it shows it: two loads at once cannot both show the code.
    if sealed is None or not _cache().delete(key):
        return None
    try:
        return json.loads(Fernet(base64.urlsafe_b64encode(raw)).decrypt(sealed.encode("ascii")))
    except InvalidToken:
        return None


def first_send(submission: str) -> bool:
    """True for the first POST of this form; False if it was sent before."""
    return bool(_cache().add(_key("form", submission), _PENDING, KEEP_SECONDS))


def answered(submission: str, token: str) -> None:
    _cache().set(_key("form", submission), token, KEEP_SECONDS)


def forget(submission: str) -> None:
    """The first POST sent nothing (refused, or failed): a resend may try again."""
    _cache().delete(_key("form", submission))


def earlier_answer(submission: str) -> str:
    """The token the first POST of this form was answered with ("" if it sent nothing)."""
    deadline = time.monotonic() + WAIT_FOR_FIRST_SECONDS
    while True:
        token = _cache().get(_key("form", submission))
        if token != _PENDING or time.monotonic() > deadline:
            return token if token and token != _PENDING else ""
        time.sleep(0.1)
