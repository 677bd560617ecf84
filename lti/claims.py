"""Reading an id_token's claims safely: the course role, identifiers, display text, and the
little of a launch that is worth keeping.

Nothing here trusts the shape of a claim: a platform (or whoever holds its key) may send a
number where a string belongs, a NUL byte PostgreSQL refuses to store, or an institution role
where the course role belongs.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
from typing import Any

from django.utils.translation import get_supported_language_variant

from lti.models import Role

CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"

# --- Roles -----------------------------------------------------------------------------------
# LTI 1.3 (section 5.3.7 and appendix A.2) has three role vocabularies: system roles
# (`.../system/person#Administrator`), institution roles (`.../institution/person#Instructor`)
# and context roles (`.../membership#Learner`, sub-roles `.../membership/Instructor#Grader`).
# Only the context role says what a person is in this course: a school's administrator who
# takes a course as a learner is a learner there. Short names ("Instructor") are allowed for
# principal context roles only, so a bare short name is read as one.
CONTEXT_ROLE_BASES = (
    "http://purl.imsglobal.org/vocab/lis/v2/membership",
    "https://purl.imsglobal.org/vocab/lis/v2/membership",
)
PRINCIPAL_CONTEXT_ROLES = frozenset(
    {
        "Administrator",
        "ContentDeveloper",
        "Instructor",
        "Learner",
        "Manager",
        "Member",
        "Mentor",
        "Officer",
    }
)
TEACHING_CONTEXT_ROLES = frozenset({"Instructor", "ContentDeveloper", "Administrator"})
LEARNING_CONTEXT_ROLES = frozenset({"Learner"})


def context_role(uri: Any) -> str | None:
    """The principal context role a role names (a sub-role counts as its principal role), or
    None for system, institution and unknown roles."""
    if not isinstance(uri, str):
        return None
    uri = uri.strip()
    if uri in PRINCIPAL_CONTEXT_ROLES:
        return uri
    for base in CONTEXT_ROLE_BASES:
        if uri.startswith(base + "#"):
            name = uri[len(base) + 1 :]
        elif uri.startswith(base + "/"):
            name, sep, sub_role = uri[len(base) + 1 :].partition("#")
            if not (sep and sub_role):
                return None
        else:
            continue
        return name if name in PRINCIPAL_CONTEXT_ROLES else None
    return None


def role_from_claims(roles: Any) -> str:
    """Teacher for an Instructor, ContentDeveloper or Administrator of the course (sub-roles such
    as TeachingAssistant included); student for a Learner; otherwise NONE, which the tool
    treats as the least-privileged learner (an empty or unknown roles claim is a valid launch).
    """
    if not isinstance(roles, list):
        return Role.NONE.value
    names = {context_role(uri) for uri in roles}
    if names & TEACHING_CONTEXT_ROLES:
        return Role.TEACHER.value
    if names & LEARNING_CONTEXT_ROLES:
        return Role.STUDENT.value
    return Role.NONE.value


# --- Identifiers and display text -------------------------------------------------------------
MAX_ID_LENGTH = 255  # LTI 1.3: sub, context id and resource link id are at most 255 characters
_ID_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"[\t\n\r\v\f]+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Invisible formatting a person can type into their own LMS name (Moodle lets students edit
# it): bidi embeddings, overrides and isolates, which reorder whatever follows them on the
# line (a name, then the words of the page after it), and zero-width spaces, joiners of
# words and byte-order marks, which make two names that look alike differ. The joiners
# emoji and Persian or Indic names are written with (U+200C, U+200D) and the plain
# direction marks (U+200E, U+200F, U+061C: they reorder nothing) are kept.
_INVISIBLE_FORMATTING = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\ufeff]")


class BadClaim(ValueError):
    """A claim no honest platform sends: `claim` names it for the person and the log."""

    def __init__(self, claim: str) -> None:
        super().__init__(claim)
        self.claim = claim


def identifier(value: Any, claim: str, *, required: bool = False) -> str:
    """An id as the tool stores it: a string (a number is accepted and written out) of at most
    255 characters with no control characters. Anything else is refused, never repaired:
    a changed id would name somebody else."""
    if value is None or value == "":
        if required:
            raise BadClaim(claim)
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise BadClaim(claim)
    text = str(value)
    if len(text) > MAX_ID_LENGTH or _ID_FORBIDDEN.search(text):
        raise BadClaim(claim)
    return text


MAX_HINT_LENGTH = 8192


def hint(value: Any, claim: str) -> str:
    """A login or message hint: the platform's own opaque string (Canvas sends a signed JWT),
    so it may be long, but never over MAX_HINT_LENGTH and never holding a control character."""
    text = value or ""
    if not isinstance(text, str) or len(text) > MAX_HINT_LENGTH or contains_control(text):
        raise BadClaim(claim)
    return text


def contains_control(text: str) -> bool:
    """A C0 control character or DEL: never part of an id, a hint or a URL."""
    return bool(_ID_FORBIDDEN.search(text))


def display_text(value: Any, limit: int) -> str:
    """Text shown to people (a name, a course or link title) on one line: HTML entities decoded
    once, control characters and invisible bidi or zero-width formatting removed, line breaks
    and runs of spaces made one space, cut to the column's length.

    Moodle sends names and titles through format_string, HTML-escaped ("O&#039;Brien",
    "Year 7 &amp; 8"); Canvas sends them as typed. Kept as text either way, and escaped once,
    by the template that shows it: "O'Brien", never "O&amp;#039;Brien", and a name that is
    markup ("<b>x</b>", sent escaped or not) is shown as those characters, never as markup."""
    if not isinstance(value, str | int) or isinstance(value, bool):
        return ""
    text = html.unescape(str(value)) if isinstance(value, str) else str(value)
    text = _INVISIBLE_FORMATTING.sub("", _CONTROLS.sub("", _LINE_BREAKS.sub(" ", text)))
    return " ".join(text.split())[:limit]


# --- Language -----------------------------------------------------------------------------------
LAUNCH_PRESENTATION = CLAIM + "launch_presentation"


def launch_language(claims: dict) -> str:
    """The language the platform shows this person, as one the site speaks ("es" for "es-MX",
    "es_419" or "ES"), or "" when it names none we speak. `launch_presentation.locale` first
    (the course or user locale), then OpenID's `locale` (the user's own)."""
    presentation = claims.get(LAUNCH_PRESENTATION)
    candidates = [
        presentation.get("locale") if isinstance(presentation, dict) else None,
        claims.get("locale"),
    ]
    for locale in candidates:
        if not isinstance(locale, str) or not 0 < len(locale) <= 35:
            continue
        try:
            return get_supported_language_variant(locale.strip().replace("_", "-").lower())
        except LookupError:
            continue
    return ""


# Text only shown to people: control characters are removed from these (see `display_text`),
# never a reason to refuse the launch. Everything else is data, where a NUL byte is refused.
DISPLAY_TEXT_CLAIMS = ("name", "given_name", "family_name", "middle_name")
DISPLAY_TEXT_PARTS = {
    CLAIM + "context": ("title", "label"),
    CLAIM + "resource_link": ("title", "description"),
}


def without_display_text(claims: dict) -> dict:
    """The claims with the display-text fields left out (a shallow copy)."""
    rest = {k: v for k, v in claims.items() if k not in DISPLAY_TEXT_CLAIMS}
    for name, fields in DISPLAY_TEXT_PARTS.items():
        part = rest.get(name)
        if isinstance(part, dict):
            rest[name] = {k: v for k, v in part.items() if k not in fields}
    return rest


def contains_nul(value: Any) -> bool:
    """Whether a NUL byte hides anywhere in decoded JSON (keys too). No id, URL or parameter may
    hold one, and PostgreSQL refuses to store one."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


# --- Names given twice ---------------------------------------------------------------------------
class _NamedTwice(Exception):
    pass


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict:
    names = [name for name, _ in pairs]
    if len(set(names)) != len(names):
        raise _NamedTwice
    return dict(pairs)


def names_a_member_twice(id_token: str) -> bool:
    """Whether the token's header or body (at any depth) gives one name twice in an object.
    Python keeps the last of them, other readers the first: no LMS sends one (RFC 7519 lets
    a verifier refuse it), so a launch that does is refused before anyone reads it. A token
    that is not three parts of base64 JSON is left to the library, which refuses it."""
    parts = id_token.split(".")
    if len(parts) != 3:
        return False
    for part in parts[:2]:
        try:
            raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
            json.loads(raw, object_pairs_hook=_object_without_repeats)
        except _NamedTwice:
            return True
        except (ValueError, RecursionError, binascii.Error):
            return False
    return False


# --- What a launch leaves behind -------------------------------------------------------------
# pylti1p3 caches the whole id_token body under the launch id, for later steps (deep linking,
# grades, rosters) that restore the launch. Those steps need the platform, deployment, message
# and service endpoints, never the person: no sub, name, email, picture, roles, lis person ids
# or custom parameters (which carry substitutions like $Person.name.full), so erasure has no
# copy of a child's details to miss here.
KEPT_CLAIMS = (
    "iss",
    "aud",
    "azp",
    "iat",
    "exp",
    CLAIM + "message_type",
    CLAIM + "version",
    CLAIM + "deployment_id",
    CLAIM + "target_link_uri",
    "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
    "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
    "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
)
KEPT_PARTS = {
    CLAIM + "context": ("id", "label", "title", "type"),
    CLAIM + "resource_link": ("id", "title"),
}


def launch_data_to_keep(claims: dict) -> dict:
    """The part of a verified launch that later steps may restore: no personal claims."""
    kept = {name: claims[name] for name in KEPT_CLAIMS if name in claims}
    for name, fields in KEPT_PARTS.items():
        part = claims.get(name)
        if isinstance(part, dict):
            kept[name] = {f: part[f] for f in fields if f in part}
    return kept
