"""Template helpers of the design system: a page's strand, its icon and its picture.

    {% load design %}
    <li class="card strand--{{ unit|strand_of }}">{% strand_icon unit|strand_of %} ...
    <img src="{% strand_art slug %}" alt="">

A strand's colour is a class (`strand--<slug>`, defined in site.css) rather than an inline
style: the site's Content-Security-Policy allows no inline styles.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

from lessons_content.format import parse_strands

register = template.Library()

STRANDS_FILE = Path(__file__).resolve().parents[2] / "lessons_content" / "strands.yaml"


@cache
def strand_slugs() -> frozenset[str]:
    return frozenset(strand.slug for strand in parse_strands(STRANDS_FILE))


@register.filter
def strand_of(page: object) -> str:
    """The strand slug of a unit or a lesson, or "" for anything else.

    A unit names its strand; a lesson sits directly under its unit, whose slug is the strand's
    (the loader makes it so), so the lesson's own url_path gives it without a query per card.
    """
    strand = getattr(page, "strand", "")
    if strand in strand_slugs():
        return strand
    parts = [p for p in str(getattr(page, "url_path", "")).split("/") if p]
    parent = parts[-2] if len(parts) >= 2 else ""
    return parent if parent in strand_slugs() else ""


@register.simple_tag
def strand_icon(slug: str, label: str = "") -> str:
    """The strand's line icon, inline; decorative unless a label is given."""
    if slug not in strand_slugs():
        return ""
    href = f"{static('img/strand-icons.svg')}#{slug}"
    if label:
        return format_html(
            '<svg class="strand-icon" role="img" aria-label="{}" focusable="false">'
            '<use href="{}"></use></svg>',
            label,
            href,
        )
    return format_html(
        '<svg class="strand-icon" aria-hidden="true" focusable="false"><use href="{}"></use></svg>',
        href,
    )


@register.simple_tag
def strand_art(slug: str) -> str:
    """The address of the strand's banner picture ("" for an unknown strand)."""
    return static(f"img/strands/{slug}.svg") if slug in strand_slugs() else ""


@register.simple_tag
def read_aloud_icon() -> str:
    return format_html(
        '<svg aria-hidden="true" focusable="false"><use href="{}#read-aloud"></use></svg>',
        static("img/strand-icons.svg"),
    )


@register.filter
def site_of(url: str) -> str:
    """The site a link goes to ("ftc.gov"), said next to a case study's source."""
    return (urlsplit(str(url)).hostname or "").removeprefix("www.")
