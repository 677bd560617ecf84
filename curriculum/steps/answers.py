"""What students write (reflections and discussion posts): checked and cleaned once, the way
moderation stores and scans it, and the support a worrying text calls for."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest
from django.utils.translation import gettext as _

from curriculum.steps.plan import MAX_ANSWER_CHARS, AnswerError
from moderation.scanning.sanitize import stored_text
from upstander.params import form_number


def _named(what: str) -> str:
    # Whole words per kind, so a translator sees each one (Spanish gives them a gender).
    names = {"reflection": _("Your reflection"), "post": _("Your post")}
    return names.get(what) or _("The class's response")


def clean_answer(text: str, what: str) -> str:
    """The text as it will be stored and scanned, or an AnswerError a student can act on.
    `what` is "reflection", "post" or "class response"."""
    # Browsers count a line break as one character when they enforce maxlength.
    text = text.replace("\r\n", "\n")
    if len(text) > MAX_ANSWER_CHARS:
        raise AnswerError(
            _(
                "%(what)s is %(length)s characters long; the limit is %(limit)s. Please shorten "
                "it and save again. Your text is still in the box."
            )
            % {
                "what": _named(what),
                "length": f"{len(text):,}",
                "limit": f"{MAX_ANSWER_CHARS:,}",
            }
        )
    # The one sanitiser moderation stores and scans with: a post is refused as empty exactly
    # when nothing of it would be stored ("<img alt='kill'>" is the word "kill", not empty).
    cleaned = stored_text(text, is_html=False)
    if not cleaned:
        raise AnswerError(
            _("%(what)s is empty. Write something before you save.") % {"what": _named(what)}
        )
    return cleaned


def offer_support(request: HttpRequest, saved: Any) -> None:
    """The school's help contacts, at once, when what the student wrote suggests self-harm."""
    support = getattr(saved, "support_message", "")
    if support:
        messages.info(request, support, extra_tags="support")


def form_int(value: str | None) -> int:
    return form_number(value) or 0
