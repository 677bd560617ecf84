"""Which language a public page is in, and where the same page is in the others.

A page's language is its content's: a Spanish family guide, or the family guides listed in
Spanish, are Spanish pages, with Spanish navigation, labels and footer around them. A view with
no page says which language it shows in its `language` context, and the same view in every
language in `translations` (the search and the concern pages, with `?language=`); everything
else (lessons, the home page) is written in English and shown in English. The language
switcher offers each page's true translation where there is one (and only those are `hreflang`
alternates); where there is none, it leads to the family guides in that language, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext

from lessons_content.vocabulary import ENGLISH, LANGUAGES


@dataclass(frozen=True, slots=True)
class LanguageVersion:
    code: str
    url: str
    label: str  # in its own language, as a switcher shows it
    current: bool
    same_page: bool  # this page translated, not just the guides in that language


def page_language(page=None, listed_language: str | None = None) -> str:
    """The language a page is written in: a guide's own, the family index's chosen list."""
    language = getattr(page, "language", None) or listed_language or ENGLISH
    return language if language in LANGUAGES else ENGLISH


def families_url(language: str) -> str:
    from curriculum.models import FamilyResourceIndexPage

    index = FamilyResourceIndexPage.objects.live().first()
    base = index.url if index else "/"
    return base if language == ENGLISH else f"{base}?language={language}"


def language_versions(
    page, language: str, path: str, translations: dict[str, str] | None = None
) -> list[LanguageVersion]:
    translations = translations or page_translations(page, path)
    versions = []
    for code, name in LANGUAGES.items():
        same_page = code in translations
        versions.append(
            LanguageVersion(
                code=code,
                url=translations.get(code) or families_url(code),
                label=name if same_page else guides_label(code, name),
                current=code == language,
                same_page=same_page,
            )
        )
    return versions


def page_translations(page, path: str) -> dict[str, str]:
    from curriculum.models import FamilyResourceIndexPage, FamilyResourcePage

    specific = getattr(page, "specific", page)
    if isinstance(specific, FamilyResourcePage):
        return {p.language: p.url for p in [specific, *specific.other_languages()]}
    if isinstance(specific, FamilyResourceIndexPage):
        return {code: families_url(code) for code in LANGUAGES}
    return {ENGLISH: path}


def guides_label(code: str, name: str) -> str:
    """Where a page has no translation, the switcher says it leads to the family guides."""
    from django.utils import translation

    with translation.override(code):
        guides = gettext("family guides")
    return f"{name}: {guides}"
