"""Filters for staff pages: a keyword's definition in the reader's language, and what a match's
context label means."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language, gettext

from moderation.scanning.context import PLAIN, describe
from moderation.scanning.spanish import definition_in, definition_language

register = template.Library()


@register.filter
def in_staff_language(definition: str) -> str:
    """A definition in the reader's language: the Spanish part for a Spanish reader, the English
    part for anyone else; a definition written in one language only as it is."""
    return definition_in(definition or "", get_language())


@register.filter
def staff_definition_language(definition: str) -> str:
    """The language `in_staff_language` shows a definition in (the reader's, where the entry has
    that part), so the page can say so (`lang`) to a screen reader reading a Spanish page."""
    return definition_language(definition or "", get_language())


@register.filter
def context_note(label: str) -> str:
    """What the context label of a match says about it, in the reader's language; nothing for a
    plain match."""
    # The scanning core is free of Django, so its English is the catalogue's msgid here; a test
    # checks that every label's description has its Spanish.
    return "" if not label or label == PLAIN else gettext(describe(label))
