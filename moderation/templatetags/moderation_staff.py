"""Filters for staff pages: a keyword's definition in the reader's language, and what a match's
context label means."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language, gettext

from moderation.scanning.context import PLAIN, describe
from moderation.scanning.spanish import ENGLISH_GLOSS, definition_in

register = template.Library()


@register.filter
def in_staff_language(definition: str) -> str:
    """A Spanish entry's definition in Spanish for a Spanish-speaking reader, else its English
    gloss; an English definition as it is."""
    return definition_in(definition or "", get_language())


@register.filter
def staff_definition_language(definition: str) -> str:
    """The language `in_staff_language` shows a definition in: Spanish for a Spanish reader of
    an entry that has it, else English (an English library's definitions are English only), so
    the page can say so (`lang`) to a screen reader reading a Spanish page."""
    spanish = ENGLISH_GLOSS in (definition or "")
    reader = (get_language() or "en").split("-")[0]
    return "es" if spanish and reader == "es" else "en"


@register.filter
def context_note(label: str) -> str:
    """What the context label of a match says about it, in the reader's language; nothing for a
    plain match."""
    # The scanning core is free of Django, so its English is the catalogue's msgid here; a test
    # checks that every label's description has its Spanish.
    return "" if not label or label == PLAIN else gettext(describe(label))
