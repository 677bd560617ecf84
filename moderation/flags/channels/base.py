"""What a channel is given: one notice for one member of staff, never the text of a post."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from django.conf import settings

from moderation.flags.channels.lms_text import lms_title_for_email
from moderation.flags.hot_path import clock


@dataclass(frozen=True, slots=True)
class Notice:
    recipient: Any
    flag: Any  # a Flag, or None for a concern
    concern: Any  # a Concern, or None for a flag
    reason: str  # "routed", "escalated", "reply"
    subject: str
    body: str
    url: str
    # The outbox row this notice is (moderation.flags.notifications); None when sent outside it.
    notification_id: int | None = None
    # That row as the outbox read it on claiming the notice (no channel reads it again).
    notification: Any = None


class Channel(Protocol):
    def send(self, notice: Notice) -> None: ...


def admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def flag_url(flag: Any) -> str:
    return admin_url(f"/admin/moderation/flags/{flag.pk}/")


def concern_url(concern: Any) -> str:
    return admin_url(f"/admin/moderation/concerns/{concern.pk}/")


# Whether a person's notices link to the admin, kept per process and person for
# MODERATION_RELOAD_SECONDS: asking the permission tables took two queries per notice.
_opens_admin: dict[Any, tuple[float, bool]] = {}


def opens_the_admin(recipient: Any) -> bool:
    """A teacher who knows Upstander only through their LMS has no admin account: a link to the
    admin's case page would end at a sign-in they cannot pass."""
    if not recipient.is_active:
        return False
    now, held = clock(), _opens_admin.get(recipient.pk)
    if held is not None and now - held[0] < settings.MODERATION_RELOAD_SECONDS:
        return held[1]
    answer = bool(recipient.has_perm("wagtailadmin.access_admin"))
    _opens_admin[recipient.pk] = (now, answer)
    return answer


def notice_for(recipient: Any, *, flag: Any = None, concern: Any = None, reason: str) -> Notice:
    """The notice's words. They name severity, category and where to look, so that an e-mail
    read over someone's shoulder or kept in a mailbox for years holds nothing about the child."""
    if flag is not None:
        severity = flag.get_severity_display()
        category = flag.get_category_display()
        what = "Pattern flag" if flag.is_pattern else "Flag"
        subject = f"[Upstander] {severity}: {category} ({what.lower()} #{flag.pk})"
        if reason == "escalated":
            subject = f"[Upstander] Escalated to you: {severity} {category} (flag #{flag.pk})"
        lines = [
            f"{what} #{flag.pk}: {severity} severity, category {category}.",
        ]
        if flag.is_pattern:
            lines.append("Several lower-severity posts by the same student, taken together.")
        if flag.post_id is not None and flag.post.status == "held":
            lines.append("The post is held: nobody else sees it until staff release it.")
        if reason == "escalated":
            lines.append("Nobody acknowledged this flag in time, so it comes to you now.")
        if reason == "unreached":
            subject = f"[Upstander] Nobody was told about flag #{flag.pk} ({severity})"
            lines.append(
                "No e-mail about this flag reached anyone it was routed to. Open it, and check"
                " that its routing rule names staff with working e-mail addresses."
            )
        url = flag_url(flag) if opens_the_admin(recipient) else ""
    elif concern is not None:
        category = concern.get_category_display()
        subject = f"[Upstander] A student raised a concern with you ({category})"
        if reason == "reply":
            subject = f"[Upstander] New message on concern #{concern.pk}"
        lines = [f"Concern #{concern.pk}, category {category}."]
        url = concern_url(concern)
    else:
        raise ValueError("a notice is about a flag or a concern")
    if url:
        where = f"Open it in Upstander: {url}"
    else:
        # The course's title is the LMS's words, not ours: one line, no links (lms_text).
        title = lms_title_for_email(flag.course.title) if flag.course_id else ""
        course = f" {title}" if title else ""
        where = (
            f"Open Upstander from your course{course} in your learning platform: the flag is on"
            ' its dashboard, under "Flagged posts in this course".'
        )
    lines += [
        "",
        where,
        "",
        "For privacy, e-mails never include what the student wrote.",
    ]
    return Notice(recipient, flag, concern, reason, subject, "\n".join(lines), url)
