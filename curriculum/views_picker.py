"""The lesson picker for a deep-linking launch: search, filter, preview, choose. lti verified
the launch and keeps its deep-linking context; the choice goes back to lti to be signed."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from curriculum.picker import chosen_lessons, picker_page
from lti.decorators import lti_frameable
from lti.deep_linking import PickerError, PickerSession, get_picker, return_page


def _render_picker(
    request: HttpRequest, session: PickerSession, error: str = "", status: int = 200
) -> HttpResponse:
    page = picker_page(
        request.GET.get("q", ""), request.GET.get("grade_band", ""), request.GET.get("strand", "")
    )
    context = {
        "session": session,
        "lessons": page.lessons,
        "query": page.query,
        "grade_band": page.grade_band,
        "strand": page.strand,
        "grade_bands": page.grade_bands,
        "units": page.units,
        "error": error,
    }
    return render(request, "curriculum/picker.html", context, status=status)


@lti_frameable
@login_required
@require_http_methods(["GET", "POST"])
def picker(request: HttpRequest, launch_id: str) -> HttpResponse:
    try:
        session = get_picker(launch_id, request.user.pk)
    except PickerError as exc:
        return render(
            request, "lti/error.html", {"message": str(exc), "code": "picker_expired"}, status=400
        )
    if request.method == "POST":
        try:
            return return_page(request, session, chosen_lessons(request.POST.getlist("lesson")))
        except PickerError as exc:
            return _render_picker(request, session, str(exc), status=400)
    return _render_picker(request, session)
