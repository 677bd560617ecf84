"""A phrase that would lower a more severe phrase inside it.

The scanner keeps one reading per span of a post, the longest entry's: so an entry "carries a
knife to school" at moderate would record every "... carries a knife to school" at moderate,
although "knife to school" alone is critical. A lead adding or editing an entry is told which
shorter entries it would lower, so that the choice is made on purpose.
"""

from __future__ import annotations

from moderation.models import KeywordEntry


def phrases_inside(term: str) -> set[str]:
    """Every run of whole words of ``term`` shorter than it ("knife to school" in "carries a
    knife to school"), lower-cased as library terms are."""
    words = term.lower().split()
    return {
        " ".join(words[start:end])
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
        if end - start < len(words)
    }


def entries_it_would_lower(term: str, severity: int, mode: str) -> list[KeywordEntry]:
    """The active word entries inside ``term`` (whole words, shorter than it) that are more
    severe than ``severity``: posts with them inside ``term`` would be recorded at
    ``severity``."""
    inner = phrases_inside(term) if mode == KeywordEntry.Mode.WORD else set()
    if not inner:
        return []
    return list(
        KeywordEntry.objects.filter(
            mode=KeywordEntry.Mode.WORD, excluded=False, severity__gt=severity, term__in=inner
        ).order_by("-severity", "term")
    )
