"""The school's help contacts in a page: `{% help_contacts topics %}` wherever a lesson or a
family guide points to help, and `{% lesson_help_contacts %}` in the lesson flow's reflection
step of a lesson that has a help-contacts block. Who sees what is decided in
`curriculum.help_contacts`; this only finds the reader, the school and the language."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Site

from curriculum.help_contacts import EN, ES, FAMILY, STUDENT, help_panel
from curriculum.models import FamilyResourcePage, HelpContactSettings
from curriculum.teacher_notes import is_staff

register = template.Library()

HELP_CONTACTS = "help_contacts"


def school_choice(request: Any) -> HelpContactSettings | None:
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return HelpContactSettings.for_site(site) if site is not None else None


def _language(context: Any) -> str:
    # A Spanish family guide says so on the page; otherwise the language the page runs in.
    page_language = getattr(context.get("page"), "language", "") or get_language() or EN
    return ES if page_language.startswith(ES) else EN


@register.simple_tag(takes_context=True)
def help_contacts(context: Any, topics: Iterable[str] = ()) -> str:
    request = context.get("request")
    panel = help_panel(
        school_choice(request),
        topics=list(topics or ()),
        language=_language(context),
        staff=is_staff(getattr(request, "user", None)),
        audience=FAMILY if isinstance(context.get("page"), FamilyResourcePage) else STUDENT,
    )
    return render_to_string("curriculum/includes/help_contacts.html", {"panel": panel})


@register.simple_tag(takes_context=True)
def lesson_help_contacts(context: Any) -> str:
    lesson = context.get("lesson")
    blocks = [b for b in getattr(lesson, "body", ()) if b.block_type == HELP_CONTACTS]
    if not blocks:
        return ""
    topics = {topic for block in blocks for topic in block.value.get("topics") or ()}
    # A block with no topic asks for every contact, so the union is "all" too.
    if any(not block.value.get("topics") for block in blocks):
        topics = set()
    return help_contacts(context, sorted(topics))
