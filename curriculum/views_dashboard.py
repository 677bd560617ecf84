"""The teacher's course dashboard. Thin: the reading is in `curriculum.dashboard`."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_POST

from curriculum import class_writing, dashboard_export
from curriculum import dashboard as board
from curriculum.access import teacher_course
from curriculum.views_learn import lms_page
from moderation.flags.trends import course_recommendations
from moderation.staff import actions as staff_actions
from moderation.staff.casework import false_alarms_reported_by
from moderation.staff.permissions import allowed_actions, course_flag_for, course_flags_for

ROWS_PER_PAGE = 100


# What a teacher can do about a flag from the dashboard (their LMS launch is their only way in):
# take it on, pass it to the safeguarding team, or report it a false alarm for a lead to review.
# Each is audited like the admin's actions.
def _follow_up(flag, user, form) -> None:
    staff_actions.acknowledge(flag, user)


def _pass_on(flag, user, form) -> None:
    staff_actions.escalate(flag, user)


def _report_false_alarm(flag, user, form) -> None:
    staff_actions.report_false_alarm(flag, user, form.get("reason", ""))


DASHBOARD_FLAG_ACTIONS = {
    "acknowledge": (
        _follow_up,
        "You are following this up; the safeguarding team can see that you are.",
    ),
    "escalate": (_pass_on, "Passed to the safeguarding team."),
    "report_false_alarm": (
        _report_false_alarm,
        "Reported as a false alarm. A safeguarding lead reviews it; the flag stays until they do.",
    ),
}


def _filters(request: HttpRequest) -> dict[str, str]:
    return {
        "lesson": request.GET.get("lesson", ""),
        "status": request.GET.get("status", ""),
        "sort": request.GET.get("sort", "name"),
    }


@lms_page
@require_GET
def dashboard(request: HttpRequest, course_id: int) -> HttpResponse:
    course = teacher_course(request.user, course_id)
    data = board.build_dashboard(course, **_filters(request))
    flags = course_flags_for(request.user, course)
    page = Paginator(data.rows, ROWS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "curriculum/dashboard/dashboard.html",
        {
            "tab": "progress",
            "course": course,
            "board": data,
            "page_obj": page,
            "statuses": list(board.STATUS_LABELS.items()),
            "sort_options": board.SORT_OPTIONS,
            "query": query,
            "page_query": query.urlencode(),
            "trends": course_recommendations(course),
            "course_flags": flags,
            "reported_false_alarms": false_alarms_reported_by(request.user, flags),
            "held_notice": board.HELD_FOR_TEACHERS,
        },
    )


@lms_page
@require_GET
def export_csv(request: HttpRequest, course_id: int) -> HttpResponse:
    course = teacher_course(request.user, course_id)
    data = board.build_dashboard(course, **_filters(request))
    response = HttpResponse(
        dashboard_export.export_rows(data), content_type="text/csv; charset=utf-8"
    )
    filename = f"upstander-{slugify(str(course)) or course.pk}-progress.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@lms_page
@require_GET
def reflections(request: HttpRequest, course_id: int) -> HttpResponse:
    course = teacher_course(request.user, course_id)
    lesson = request.GET.get("lesson", "")
    page = Paginator(class_writing.course_reflections(course, lesson), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "curriculum/dashboard/reflections.html",
        {
            "tab": "reflections",
            "course": course,
            "page_obj": page,
            "page_query": urlencode({"lesson": lesson}),
            "links": course.resource_links.select_related("lesson_link__lesson").order_by("pk"),
            "lesson_filter": lesson,
            "held_notice": board.HELD_FOR_TEACHERS,
            "held_label": board.HELD_STATUS_LABEL,
        },
    )


@lms_page
@require_POST
def mark_reflection_read(request: HttpRequest, course_id: int, reflection_id: int) -> HttpResponse:
    course = teacher_course(request.user, course_id)
    if not class_writing.mark_reflection_read(course, reflection_id):
        raise Http404("No such reflection in this course.")
    messages.success(request, "Marked as read.")
    return redirect("curriculum:dashboard_reflections", course.pk)


@lms_page
@require_POST
def flag_action(request: HttpRequest, course_id: int, flag_id: int, action: str) -> HttpResponse:
    course = teacher_course(request.user, course_id)
    flag = course_flag_for(request.user, course, flag_id)
    if flag is None or action not in DASHBOARD_FLAG_ACTIONS:
        raise Http404("No such flag in this course.")
    if action not in allowed_actions(request.user):
        raise Http404("No such flag in this course.")
    act, done = DASHBOARD_FLAG_ACTIONS[action]
    try:
        act(flag, request.user, request.POST)
    except staff_actions.ActionRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, done)
    return redirect("curriculum:dashboard", course.pk)


@lms_page
@require_GET
def discussion(request: HttpRequest, course_id: int) -> HttpResponse:
    course = teacher_course(request.user, course_id)
    lesson = request.GET.get("lesson", "")
    return render(
        request,
        "curriculum/dashboard/discussion.html",
        {
            "tab": "discussion",
            "course": course,
            "groups": class_writing.course_posts(course, lesson),
            "links": course.resource_links.select_related("lesson_link__lesson").order_by("pk"),
            "lesson_filter": lesson,
            "held_notice": board.HELD_FOR_TEACHERS,
            "held_label": board.HELD_STATUS_LABEL,
        },
    )
