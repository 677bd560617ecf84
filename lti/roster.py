"""Who is in a course, from the LMS (Names and Role Provisioning Services), cached briefly."""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

from lti.claims import display_text
from lti.launch import role_from_claims
from lti.models import Course
from lti.outbound import outbound_deadline
from lti.pylti1p3_adapter import services_for
from lti.tool_conf import ForeignServiceUrl, check_service_url

logger = logging.getLogger("lti.roster")

NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
NRPS_ACCEPT = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json"
MAX_PAGES = 50
# More members than any school course has: a platform cannot make the cached roster (and the
# dashboard that lists it) as large as it likes.
MAX_MEMBERS = 10_000
# After the LMS failed to give a roster (down, slow, hostile), the dashboards that ask again
# within this many seconds are told at once instead of each waiting out the deadline.
FAILURE_MEMORY_SECONDS = 60


class RosterUnavailable(Exception):
    """The LMS did not give a roster (no NRPS for this course, or the request failed)."""


class Roster(list):
    """The members read, as (sub, name, role). `cut_short`: the LMS named more (a page after
    MAX_PAGES, or more than MAX_MEMBERS people) than the tool reads, so anyone not listed may
    still be in the course: staff are told so, never left to think the list is whole."""

    cut_short: bool = False

    def __init__(self, members=(), *, cut_short: bool = False) -> None:
        super().__init__(tuple(member) for member in members)
        self.cut_short = cut_short


def _cache_key(course: Course) -> str:
    return (
        f"lti-roster-{course.pk}-"
        + hashlib.sha256(course.memberships_url.encode()).hexdigest()[:16]
    )


def _from_cache(cached: object) -> Roster | None:
    if isinstance(cached, dict):
        return Roster(cached.get("members", []), cut_short=bool(cached.get("cut_short")))
    if isinstance(cached, list):  # kept before rosters said whether they were cut short
        return Roster(cached)
    return None


def course_roster(course: Course, *, refresh: bool = False) -> Roster:
    """Active members as (sub, name, role); role is "teacher", "student" or "none".

    Names are only what the platform sends; they are not stored, only cached for
    LTI_ROSTER_CACHE_SECONDS. Raises RosterUnavailable when there is no roster to read.
    A roster longer than the tool reads is returned `cut_short` (and logged).
    """
    if not course.memberships_url:
        raise RosterUnavailable("The LMS did not offer a roster service for this course.")
    key = _cache_key(course)
    if not refresh:
        cached = _from_cache(cache.get(key))
        if cached is not None:
            return cached
        failed = cache.get(key + "-failed")
        if failed is not None:
            raise RosterUnavailable(failed)
    try:
        # The platform's token goes only to origins its registration names (each next page
        # is checked the same way by the connector).
        check_service_url(course.platform, course.memberships_url)
    except ForeignServiceUrl as exc:
        logger.warning(
            "Roster for course %s not read: %s is outside platform %s's origins",
            course.pk,
            course.memberships_url,
            course.platform_id,
        )
        raise RosterUnavailable(str(exc)) from exc
    connector = services_for(course.platform)
    members: list[tuple[str, str, str]] = []
    url: str | None = course.memberships_url
    pages_read: set[str] = set()
    named: set[str] = set()  # every user id a page named, active or not
    cut_short = False
    try:
        # The token and every page within one deadline: the roster is read while a teacher's
        # dashboard waits, and a platform may page slowly, or for ever.
        with outbound_deadline(settings.LTI_SERVICE_DEADLINE_SECONDS):
            for _ in range(MAX_PAGES):
                if not url or url in pages_read:
                    break
                pages_read.add(url)
                page = connector.get_json([NRPS_SCOPE], url, NRPS_ACCEPT)
                url, named_anyone_new = _read_page(page, members, named)
                if len(pages_read) > 1 and not named_anyone_new:
                    # A next page that names nobody new is a loop (a hostile or broken LMS
                    # paging for ever at once with the same people): the roster ends here.
                    break
                if len(members) >= MAX_MEMBERS:
                    logger.warning("Roster for course %s cut at %s members", course.pk, MAX_MEMBERS)
                    cut_short = True
                    break
            else:
                if url and url not in pages_read:
                    # Fifty pages of new people and the LMS still names another: more than
                    # any school course holds, or an LMS paging for ever. Read no further,
                    # but say so: the people on the pages not read are not "absent".
                    logger.warning(
                        "Roster for course %s cut at %s pages: the LMS named a page after them",
                        course.pk,
                        MAX_PAGES,
                    )
                    cut_short = True
    except Exception as exc:
        logger.warning("Roster for course %s unavailable: %s", course.pk, exc)
        cache.set(key + "-failed", str(exc), FAILURE_MEMORY_SECONDS)
        raise RosterUnavailable(str(exc)) from exc
    cache.delete(key + "-failed")
    cache.set(key, {"members": members, "cut_short": cut_short}, settings.LTI_ROSTER_CACHE_SECONDS)
    return Roster(members, cut_short=cut_short)


def _read_page(
    page: dict, members: list[tuple[str, str, str]], named: set[str]
) -> tuple[str | None, bool]:
    """Add a page's active members not already named (up to MAX_MEMBERS in all). The next
    page's URL, if any, and whether the page named anyone (active or not) not named before."""
    new = False
    for member in (page["body"] or {}).get("members", []):
        user_id = str(member.get("user_id") or "")
        if not user_id or user_id in named:
            continue
        named.add(user_id)
        new = True
        if member.get("status", "Active") != "Active":
            continue
        # Shown to the teacher: one line, no control characters, the length a launch's name is
        # kept at, entities decoded once (lti.claims.display_text).
        name = display_text(member.get("name"), 200) or display_text(
            " ".join(
                p
                for p in (member.get("given_name"), member.get("family_name"))
                if isinstance(p, str)
            ),
            200,
        )
        members.append((user_id, name, role_from_claims(member.get("roles", []))))
        if len(members) >= MAX_MEMBERS:
            return None, new
    return page["next_page_url"], new
