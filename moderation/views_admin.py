"""Safeguarding staff's pages in the Wagtail admin: the flag queue, the case page and its actions,
notices, and the audit log. Thin: reading is `moderation.casework`, writing
`moderation.staff_actions`, and who may see what is `moderation.permissions`.

Every view of and action on a flag is written to the audit log. Flags the user may not see are
answered with 404 exactly like flags that do not exist, so ids reveal nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from functools import wraps
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from moderation import audit, casework, staff_actions
from moderation.models import AuditEntry, Flag, FlagMatch, ModeratedPost, StaffNotification
from moderation.permissions import allowed_actions, can_read_audit, can_review, visible_flags

REVEALED_SESSION_KEY = "moderation_revealed_flags"
QUEUE_PAGE_SIZE = 50
AUDIT_PAGE_SIZE = 100


def forbidden(request: HttpRequest) -> HttpResponse:
    return render(request, "moderation/admin/forbidden.html", status=403)


def reviewers_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not can_review(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return wrapped


def _revealed(request: HttpRequest) -> set[int]:
    return set(request.session.get(REVEALED_SESSION_KEY, []))


def _visible_flag(request: HttpRequest, flag_id: int) -> Flag:
    return get_object_or_404(
        visible_flags(request.user).select_related("post", "course", "student__lti_identity"),
        pk=flag_id,
    )


def _case_url(flag: Flag) -> str:
    return reverse("moderation_admin:case", args=[flag.pk])


# --- The queue --------------------------------------------------------------------------------


@require_GET
@reviewers_only
def queue(request: HttpRequest) -> HttpResponse:
    filters = casework.QueueFilters.from_query(request.GET)
    page = Paginator(casework.queue(request.user, filters), QUEUE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    audit.record(
        request.user,
        "flag.queue_viewed",
        None,
        filters={k: v for k, v in asdict(filters).items() if v not in ("", None)},
        flags=[f.pk for f in page],
    )
    query = request.GET.copy()
    query.pop("page", None)
    revealed = _revealed(request)
    rows = [
        {
            "flag": f,
            "student": casework.student_label(f.student),
            "snippet": casework.snippet(f.post.text) if f.post_id else "",
            "revealed": f.pk in revealed,
        }
        for f in page
    ]
    return render(
        request,
        "moderation/admin/queue.html",
        {
            "page_obj": page,
            "rows": rows,
            "filters": filters,
            "choices": casework.filter_choices(request.user),
            "page_query": query.urlencode(),
        },
    )


# --- The case page ----------------------------------------------------------------------------


@require_GET
@reviewers_only
def case(request: HttpRequest, flag_id: int) -> HttpResponse:
    flag = _visible_flag(request, flag_id)
    audit.record(request.user, "flag.viewed", flag)
    StaffNotification.objects.filter(recipient=request.user, flag=flag, read_at=None).update(
        read_at=timezone.now()
    )
    matches = list(flag.matches.select_related("entry"))
    text = flag.post.text if flag.post_id else ""
    related: list[ModeratedPost] = list(flag.related_posts.order_by("created_at")[:20])
    return render(
        request,
        "moderation/admin/case.html",
        {
            "flag": flag,
            "page_title": f"Case {flag.pk}: {flag.get_severity_display()}, "
            f"{flag.get_category_display().lower()}",
            "student": casework.student_label(flag.student),
            "highlighted": casework.highlight(text, matches) if text else "",
            "numbered_matches": casework.numbered_matches(matches),
            "related_posts": related,
            "notes": flag.notes.select_related("author"),
            "recent_flags": casework.recent_flags_of_student(request.user, flag),
            "actions": allowed_actions(request.user),
            "outcomes": Flag.Outcome.choices,
            "revealed": flag.pk in _revealed(request),
            "post_held": bool(flag.post_id and flag.post.status == ModeratedPost.Status.HELD),
        },
    )


@require_POST
@reviewers_only
def reveal(request: HttpRequest, flag_id: int) -> HttpResponse:
    """The reviewer chose to read the post: remember it for this session, and log it."""
    flag = _visible_flag(request, flag_id)
    audit.record(request.user, "flag.revealed", flag)
    revealed = _revealed(request) | {flag.pk}
    request.session[REVEALED_SESSION_KEY] = sorted(revealed)[-500:]
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"revealed": flag.pk})
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(_case_url(flag))


def _acknowledge(request: HttpRequest, flag: Flag) -> str:
    staff_actions.acknowledge(flag, request.user)
    return "Acknowledged."


def _escalate(request: HttpRequest, flag: Flag) -> str:
    staff_actions.escalate(flag, request.user, request.POST.get("reason", ""))
    return "Escalated to the safeguarding leads."


def _resolve(request: HttpRequest, flag: Flag) -> str:
    staff_actions.resolve(
        flag, request.user, request.POST.get("outcome", ""), request.POST.get("reason", "")
    )
    return "The case is resolved."


def _release_post(request: HttpRequest, flag: Flag) -> str:
    staff_actions.release_post(flag, request.user, request.POST.get("reason", ""))
    return "The post is visible again."


def _remove_post(request: HttpRequest, flag: Flag) -> str:
    staff_actions.remove_post(flag, request.user, request.POST.get("reason", ""))
    return "The post is removed."


def _add_note(request: HttpRequest, flag: Flag) -> str:
    staff_actions.add_note(flag, request.user, request.POST.get("text", ""))
    return "Note added."


FLAG_ACTIONS: dict[str, Callable[[HttpRequest, Flag], str]] = {
    "acknowledge": _acknowledge,
    "escalate": _escalate,
    "resolve": _resolve,
    "release_post": _release_post,
    "remove_post": _remove_post,
    "add_note": _add_note,
}


@require_POST
@reviewers_only
def flag_action(request: HttpRequest, flag_id: int, action: str) -> HttpResponse:
    flag = _visible_flag(request, flag_id)
    if action not in FLAG_ACTIONS:
        raise Http404("No such action.")
    if action not in allowed_actions(request.user):
        audit.record(request.user, "flag.action_refused", flag, attempted=action)
        return forbidden(request)
    try:
        messages.success(request, FLAG_ACTIONS[action](request, flag))
    except staff_actions.ActionRefused as refused:
        messages.error(request, str(refused))
    return redirect(_case_url(flag))


@require_POST
@reviewers_only
def false_positive(request: HttpRequest, match_id: int) -> HttpResponse:
    match = get_object_or_404(
        FlagMatch.objects.filter(flag__in=visible_flags(request.user)), pk=match_id
    )
    if "mark_false_positive" not in allowed_actions(request.user):
        audit.record(
            request.user, "flag.action_refused", match.flag, attempted="mark_false_positive"
        )
        return forbidden(request)
    try:
        phrase = staff_actions.mark_false_positive(
            match, request.user, request.POST.get("reason", "")
        )
    except staff_actions.ActionRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(
            request,
            f'Marked a false positive. Proposed exception for "{match.term}": "{phrase}"; '
            "accept it from the keyword's page.",
        )
    return redirect("moderation_admin:case", match.flag_id)


# --- Notices and the audit log ----------------------------------------------------------------


@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    StaffNotification.objects.filter(recipient=request.user, read_at=None).update(
        read_at=timezone.now()
    )
    return redirect("wagtailadmin_home")


@require_GET
def audit_log(request: HttpRequest) -> HttpResponse:
    if not can_read_audit(request.user):
        return forbidden(request)
    entries = AuditEntry.objects.select_related("actor")
    action = request.GET.get("action", "")
    object_type = request.GET.get("object_type", "")
    object_id = request.GET.get("object_id", "")
    actor = request.GET.get("actor", "")
    if action:
        entries = entries.filter(action=action)
    if object_type:
        entries = entries.filter(object_type=object_type)
    if object_id:
        entries = entries.filter(object_id=object_id)
    if actor:
        entries = entries.filter(actor_label=actor)
    page = Paginator(entries, AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "moderation/admin/audit_log.html",
        {
            "page_obj": page,
            "actions": AuditEntry.objects.order_by("action")
            .values_list("action", flat=True)
            .distinct(),
            "filters": {
                "action": action,
                "object_type": object_type,
                "object_id": object_id,
                "actor": actor,
            },
            "page_query": query.urlencode(),
        },
    )
