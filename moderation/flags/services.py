"""The one door every student post goes through before anyone else can see it.

Lesson discussion posts and reflections call `moderate_post`: the text is sanitised, scanned
and recorded by `moderation.flags.actions.record_post`; a post at or above the hold severity is
held, anything that matched is flagged and routed to staff, and a self-harm match gives the student
the school's help contacts at once. The object that shows the text (a discussion post, a
reflection) keeps the outcome's `post_id` as its foreign key to that record, and reads whether
it may be shown from the record's status, which staff change when they release or remove it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from moderation.models import HELD_MESSAGE


@dataclass(frozen=True, slots=True)
class ModerationOutcome:
    visible: bool
    message: str
    # The text as it should be stored: sanitised, never HTML.
    text: str = ""
    # The moderation record (ModeratedPost) of this text, to link to the object that shows it.
    post_id: int | None = None
    # The school's help contacts, for the student to see at once after a self-harm match.
    support_message: str = ""


def moderate_post(
    text: str, *, author: Any, course: Any, kind: str, target: Any = None
) -> ModerationOutcome:
    """Decide whether a post may be shown. `kind` is "discussion" or "reflection"; `target` is
    the author of the post a reply answers, so that a pile-on against one student shows up."""
    from moderation.flags.actions import record_post

    recorded = record_post(text, source=kind, author=author, course=course, target=target)
    return ModerationOutcome(
        visible=not recorded.held,
        message=HELD_MESSAGE if recorded.held else "",
        text=recorded.post.text,
        post_id=recorded.post.pk,
        support_message=recorded.support_message,
    )


def support_message_again(post_id: int | None) -> str:
    """The help contacts a post already moderated gave its writer, for the page that shows it to
    them again: a form sent twice (a double tap) lands on the post the first sending made, and
    its writer must still see them."""
    from moderation.flags.actions import support_text
    from moderation.flags.support import writer_may_need_help
    from moderation.models import FlagMatch, ModerationSettings

    if post_id is None:
        return ""
    rows = FlagMatch.objects.filter(flag__post_id=post_id, flag__is_pattern=False)
    return support_text(ModerationSettings.load()) if writer_may_need_help(rows) else ""
