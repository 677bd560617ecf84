from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from curriculum.models import UnitPage
from curriculum.models.pages import GradeBand
from curriculum.services import search_curriculum
from upstander import page_cache


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    grade_band = request.GET.get("grade_band", "")
    strand = request.GET.get("strand", "")
    results = search_curriculum(query, grade_band=grade_band, strand=strand)
    page_cache.allow(request)  # the results depend on published pages only
    return render(
        request,
        "curriculum/search.html",
        {
            "results": results,
            "searched": bool(results.query or results.grade_band or results.strand),
            "grade_bands": GradeBand.choices,
            "units": UnitPage.objects.live().order_by("sort_order"),
        },
    )
