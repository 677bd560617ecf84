"""Safeguarding staff's pages in the Wagtail admin: the flag queue, the case page and its actions,
notices, and the audit log. Thin: reading is `moderation.staff.casework`, writing
`moderation.staff.actions`, and who may see what is `moderation.staff.permissions`.

Every view of and action on a flag is written to the audit log, and nothing is written by a GET:
a page that was opened tells the server so with a POST from the page itself (`viewed`), and the
text of a post leaves the server only in answer to the reviewer's "Reveal text" POST, which is
audited. A GET, from anywhere, changes nothing and shows no word of a post. Flags the user may
not see are answered with 404 exactly like flags that do not exist, so ids reveal nothing.
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
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, pgettext
from django.views.decorators.http import require_GET, require_POST

from moderation.models import AuditEntry, Flag, FlagMatch, ModeratedPost, StaffNotification
from moderation.staff import actions as staff_actions
from moderation.staff import audit, casework
from moderation.staff.permissions import (
    allowed_actions,
    can_manage_library,
    can_read_audit,
    can_review,
    visible_flags,
)
from upstander.params import database_id

QUEUE_PAGE_SIZE = 50
AUDIT_PAGE_SIZE = 100


STAFF_ONLY = gettext_lazy(
    "This page is for safeguarding staff. If you think you should see it, "
    "ask your safeguarding lead."
)


def forbidden(request: HttpRequest, explanation: str = STAFF_ONLY) -> HttpResponse:
    """The one "not available" page of the moderation admin; `explanation` says who may see it."""
    return render(
        request, "moderation/admin/forbidden.html", {"explanation": explanation}, status=403
    )


def reviewers_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not can_review(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return wrapped


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
    query = request.GET.copy()
    query.pop("page", None)
    sources = casework.concern_sources(request.user, page)
    rows = [
        {
            "flag": f,
            "student": casework.student_label(f.student),
            "concern": sources.get(f.pk),
            "reading": casework.reading_label(f.top_context),
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
            "listed_filters": {k: v for k, v in asdict(filters).items() if v not in ("", None)},
        },
    )


@require_POST
@reviewers_only
def queue_viewed(request: HttpRequest) -> HttpResponse:
    """The queue page, once shown, says which flags it listed: audited by POST, never by GET."""
    listed = visible_flags(request.user).filter(pk__in=_ids(request.POST.getlist("flag")))
    filters = casework.QueueFilters.from_query(request.POST)
    audit.record(
        request.user,
        "flag.queue_viewed",
        None,
        filters={k: v for k, v in asdict(filters).items() if v not in ("", None)},
        flags=sorted(listed.values_list("pk", flat=True)),
    )
    return HttpResponse(status=204)


def _ids(values: list[str]) -> list[int]:
    return [i for i in map(database_id, values[:QUEUE_PAGE_SIZE]) if i is not None]


# --- The case page ----------------------------------------------------------------------------


def _case_page(request: HttpRequest, flag: Flag, revealed: casework.RevealedText | None = None):
    matches = list(flag.matches.select_related("entry"))
    return render(
        request,
        "moderation/admin/case.html",
        {
            "flag": flag,
            "page_title": gettext("Case %(number)s: %(severity)s, %(category)s")
            % {
                "number": flag.pk,
                "severity": pgettext("moderation", flag.get_severity_display()),
                "category": pgettext("moderation", flag.get_category_display()).lower(),
            },
            "student": casework.student_label(flag.student),
            "concern": casework.concern_sources(request.user, [flag]).get(flag.pk),
            "has_text": bool(flag.post_id or flag.related_posts.exists()),
            "revealed": revealed,
            "numbered_matches": casework.numbered_matches(matches),
            "unread_matches": casework.unread_matches(flag),
            "notes": flag.notes.select_related("author"),
            "false_alarms": casework.reported_false_alarms(flag),
            "recent_flags": casework.recent_flags_of_student(request.user, flag),
            "actions": allowed_actions(request.user),
            "keyword_pages": can_manage_library(request.user),
            "outcomes": Flag.Outcome.choices,
            "post_held": bool(flag.post_id and flag.post.status == ModeratedPost.Status.HELD),
        },
    )


@require_GET
@reviewers_only
def case(request: HttpRequest, flag_id: int) -> HttpResponse:
    """The case without the words of the post: they come only with "Reveal text"."""
    return _case_page(request, _visible_flag(request, flag_id))


@require_POST
@reviewers_only
def viewed(request: HttpRequest, flag_id: int) -> HttpResponse:
    """The case page, once shown, says so: the view is audited and the reviewer's notice about
    this case is read. A POST with the page's CSRF token, so no other site can do it."""
    staff_actions.record_case_viewed(_visible_flag(request, flag_id), request.user)
    return HttpResponse(status=204)


@require_POST
@reviewers_only
def reveal(request: HttpRequest, flag_id: int) -> HttpResponse:
    """The reviewer chose to read the post: audit it, then send the text (JSON for the page's
    script; without script, the case page again with the text shown)."""
    flag = _visible_flag(request, flag_id)
    staff_actions.record_text_revealed(flag, request.user)
    revealed = casework.revealed_text(flag)
    if "application/json" in request.headers.get("Accept", ""):
        html = render_to_string("moderation/admin/_post_text.html", {"revealed": revealed})
        response = JsonResponse({"flag": flag.pk, "html": html, "snippet": revealed.snippet})
    else:
        response = _case_page(request, flag, revealed)
    response["Cache-Control"] = "no-store"
    return response


def _acknowledge(request: HttpRequest, flag: Flag) -> str:
    staff_actions.acknowledge(flag, request.user)
    return gettext("Acknowledged.")


def _escalate(request: HttpRequest, flag: Flag) -> str:
    staff_actions.escalate(flag, request.user, request.POST.get("reason", ""))
    return gettext("Escalated to the safeguarding leads.")


def _resolve(request: HttpRequest, flag: Flag) -> str:
    staff_actions.resolve(
        flag, request.user, request.POST.get("outcome", ""), request.POST.get("reason", "")
    )
    return gettext("The case is resolved.")


def _release_post(request: HttpRequest, flag: Flag) -> str:
    staff_actions.release_post(flag, request.user, request.POST.get("reason", ""))
    return gettext("The post is visible again.")


def _remove_post(request: HttpRequest, flag: Flag) -> str:
    staff_actions.remove_post(flag, request.user, request.POST.get("reason", ""))
    return gettext("The post is removed.")


def _add_note(request: HttpRequest, flag: Flag) -> str:
    staff_actions.add_note(flag, request.user, request.POST.get("text", ""))
    return gettext("Note added.")


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
            gettext(
                'Marked a false positive. Proposed exception for "%(term)s": "%(phrase)s"; '
                "accept it from the keyword's page."
            )
            % {"term": match.term, "phrase": phrase}
            if phrase
            else gettext(
                'Marked a false positive. No exception is proposed for "%(term)s": no '
                "words of its sentence stand beside it to tell an innocent use apart."
            )
            % {"term": match.term},
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
