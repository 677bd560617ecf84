"""Concerns in the Wagtail admin: an inbox for the chosen adult and the safeguarding leads, and
a page to read a concern, answer the student and close it.

Registered in `moderation/wagtail_hooks.py` with the rest of the admin. Thin: the work is in
`moderation.concerns.actions`. A concern the user may not read is answered 404, like one that
does not exist, and the attempt is audited. Reading writes nothing on GET: the pages POST, once
shown, that they were seen (audited, notices read), so no other site can do it with a link.
"""

from __future__ import annotations

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from moderation.concerns.actions import (
    MAX_TEXT_CHARS,
    can_see_concerns,
    close_concern,
    record_refused_view,
    record_staff_view,
    staff_reply,
    thread,
    visible_concerns,
)
from moderation.concerns.forms import WholeTextField
from moderation.models import Concern, StaffNotification
from moderation.staff import audit
from moderation.staff.views import forbidden
from upstander.params import database_id

# English labels: the templates translate them under the context "concern status".
STATUS_FILTERS = [("active", "Open or replied"), *Concern.Status.choices, ("all", "Any status")]


class StaffReplyForm(forms.Form):
    text = WholeTextField(
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=MAX_TEXT_CHARS,
        label=gettext_lazy("Your answer to the student"),
        help_text=gettext_lazy(
            "The student reads this with their claim code. Do not ask for their name if "
            "they chose to stay anonymous."
        ),
    )


class CloseForm(forms.Form):
    reason = forms.CharField(
        required=False,
        max_length=1000,
        label=gettext_lazy("Why close it (kept in the audit log)"),
    )


CONCERN_READERS_ONLY = gettext_lazy(
    "Concerns are read by the adult a student chose and by the safeguarding leads. "
    "If you think you should see them, ask your safeguarding lead."
)


def _forbidden(request: HttpRequest) -> HttpResponse:
    return forbidden(request, CONCERN_READERS_ONLY)


def _concern(request: HttpRequest, pk: int) -> Concern:
    concern = visible_concerns(request.user).filter(pk=pk).first()
    if concern is None:
        if Concern.objects.filter(pk=pk).exists():
            record_refused_view(pk, request.user)
        raise Http404("No such concern")
    return concern


@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    if not can_see_concerns(request.user):
        return _forbidden(request)
    wanted = request.GET.get("status", "active")
    wanted = wanted if wanted in dict(STATUS_FILTERS) else "active"
    concerns = visible_concerns(request.user).prefetch_related("post__flags")
    if wanted == "active":
        concerns = concerns.exclude(status=Concern.Status.CLOSED)
    elif wanted != "all":
        concerns = concerns.filter(status=wanted)
    concerns = list(concerns[:200])
    unread = set(
        StaffNotification.objects.filter(
            recipient=request.user, concern__in=concerns, read_at__isnull=True
        ).values_list("concern_id", flat=True)
    )
    rows = [
        {
            "concern": c,
            "unread": c.pk in unread,
            "severity": max((f.severity for f in c.post.flags.all()), default=None)
            if c.post
            else None,
        }
        for c in concerns
    ]
    context = {"rows": rows, "status": wanted, "status_filters": STATUS_FILTERS}
    return render(request, "moderation/concerns/admin/inbox.html", context)


@require_POST
def inbox_viewed(request: HttpRequest) -> HttpResponse:
    """The inbox, once shown, says which concerns it listed (by POST, never by GET)."""
    if not can_see_concerns(request.user):
        return _forbidden(request)
    ids = [i for i in map(database_id, request.POST.getlist("concern")[:200]) if i is not None]
    listed = visible_concerns(request.user).filter(pk__in=ids).values_list("pk", flat=True)
    wanted = request.POST.get("status", "active")
    audit.record(
        request.user,
        "concern.inbox_viewed",
        None,
        status=wanted if wanted in dict(STATUS_FILTERS) else "active",
        concerns=sorted(listed),
    )
    return HttpResponse(status=204)


def _detail_page(request: HttpRequest, concern: Concern, **forms_) -> HttpResponse:
    flags = list(concern.post.flags.prefetch_related("matches")) if concern.post else []
    context = {
        "concern": concern,
        "page_title": gettext("Concern %(number)s") % {"number": concern.pk},
        "conversation": thread(concern),
        "flags": flags,
        "reply_form": forms_.get("reply_form") or StaffReplyForm(),
        "close_form": forms_.get("close_form") or CloseForm(),
        "reporter_name": _reporter_name(concern),
    }
    status = 400 if any(f.errors for f in forms_.values()) else 200
    return render(request, "moderation/concerns/admin/detail.html", context, status=status)


def _reporter_name(concern: Concern) -> str:
    if concern.anonymous or concern.reporter is None:
        return ""
    identity = getattr(concern.reporter, "lti_identity", None)
    name = identity.name if identity is not None and identity.name else ""
    return name or concern.reporter.get_full_name() or concern.reporter.get_username()


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail_page(request, _concern(request, pk))


@require_POST
def viewed(request: HttpRequest, pk: int) -> HttpResponse:
    """The concern page, once shown, says so: audited, and the adult's notice is read."""
    record_staff_view(_concern(request, pk), request.user)
    return HttpResponse(status=204)


@require_POST
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    concern = _concern(request, pk)
    form = StaffReplyForm(request.POST)
    if not form.is_valid():
        return _detail_page(request, concern, reply_form=form)
    staff_reply(concern, request.user, form.cleaned_data["text"])
    return redirect(reverse("moderation_concerns:detail", args=[concern.pk]))


@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    concern = _concern(request, pk)
    form = CloseForm(request.POST)
    if not form.is_valid():
        return _detail_page(request, concern, close_form=form)
    close_concern(concern, request.user, form.cleaned_data["reason"])
    return redirect(reverse("moderation_concerns:detail", args=[concern.pk]))


urlpatterns = [
    path("", inbox, name="inbox"),
    path("viewed/", inbox_viewed, name="inbox_viewed"),
    path("<int:pk>/", detail, name="detail"),
    path("<int:pk>/viewed/", viewed, name="viewed"),
    path("<int:pk>/reply/", reply, name="reply"),
    path("<int:pk>/close/", close, name="close"),
]
