"""The page's language, its translations and the language switcher (curriculum/languages.py)."""

from django import template

from curriculum import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language(context) -> str:
    return languages.page_language(context.get("page"), context.get("language"))


@register.simple_tag(takes_context=True)
def language_versions(context, language: str) -> list[languages.LanguageVersion]:
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    return languages.language_versions(
        context.get("page"), language, path, context.get("translations")
    )


@register.simple_tag
def families_url(language: str) -> str:
    return languages.families_url(language)


@register.simple_tag(takes_context=True)
def alternates(context, versions: list[languages.LanguageVersion]) -> list[tuple[str, str]]:
    """`hreflang` links, absolute, when the page exists in more than one language."""
    request = context.get("request")
    same = [v for v in versions if v.same_page]
    if len(same) < 2 or request is None:
        return []
    return [(v.code, request.build_absolute_uri(v.url)) for v in same]
