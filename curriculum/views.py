from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from curriculum.models import UnitPage
from curriculum.models.pages import GradeBand
from curriculum.services import search_curriculum
from lessons_content.vocabulary import ENGLISH, LANGUAGES
from upstander import page_cache


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    grade_band = request.GET.get("grade_band", "")
    strand = request.GET.get("strand", "")
    # The Spanish site's search is this page with ?language=es, as its list of guides is.
    language = request.GET.get("language", ENGLISH)
    results = search_curriculum(query, grade_band=grade_band, strand=strand, language=language)
    page_cache.allow(request)  # the results depend on published pages only
    return render(
        request,
        "curriculum/search.html",
        {
            "results": results,
            "searched": bool(results.query or results.grade_band or results.strand),
            "grade_bands": GradeBand.choices,
            "units": UnitPage.objects.live().order_by("sort_order"),
            "language": results.language,
            "translations": _translations(request),
        },
    )


def _translations(request: HttpRequest) -> dict[str, str]:
    """The same search in each language, for the language switcher."""
    kept = [(k, v) for k, v in request.GET.items() if k in ("q", "grade_band", "strand") and v]
    versions = {}
    for code in LANGUAGES:
        params = urlencode(kept + ([("language", code)] if code != ENGLISH else []))
        versions[code] = reverse("curriculum:search") + (f"?{params}" if params else "")
    return versions
