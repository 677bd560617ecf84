"""A student raises a concern and comes back to it with a claim code (/concern/…).

These views never write to the session, never log the request and never pass the address,
the browser or the session to `moderation.concerns.actions`; an anonymous concern carries none
of them.
The claim code travels only in POST bodies, never in a URL: after a concern is sent, the
thank-you page is reached by a redirect whose token shows the code once and is then spent
(`moderation.concerns.shown_once`), so a reload sends nothing again. An answer through the code
carries a submission value of its own, so a reload of the page after it is not sent twice.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from lti.decorators import lti_frameable
from moderation.concerns import shown_once
from moderation.concerns.actions import (
    ClaimRateLimited,
    TooManyMessages,
    admit_student_message,
    open_by_claim_code,
    raise_concern,
    student_reply,
    thread,
)
from moderation.concerns.forms import ClaimForm, ConcernForm, ReplyForm
from moderation.concerns.language import in_students_language
from moderation.flags.actions import support_text
from moderation.models import Concern, ModerationSettings
from upstander.client_address import client_network

WRONG_CODE = _("That code did not open a conversation. Check it and try again.")
TOO_MANY = _("Too many codes were tried. Please wait a few minutes and try again.")
# The student's words for where their conversation stands (staff read the model's labels).
STUDENT_STATUS = {
    Concern.Status.OPEN: pgettext_lazy("concern status", "Open"),
    Concern.Status.REPLIED: pgettext_lazy("concern status", "Replied"),
    Concern.Status.CLOSED: pgettext_lazy("concern status", "Closed"),
}


def _private(response: HttpResponse) -> HttpResponse:
    # No referrer to other sites; "same-origin" keeps our own Origin on the form's POST, which
    # Django's CSRF check needs ("no-referrer" made browsers send `Origin: null`: a 403).
    response.headers["Referrer-Policy"] = "same-origin"
    return response


def _page(
    request: HttpRequest, template: str, context: dict, *, status: int = 200, same_page: str = ""
) -> HttpResponse:
    """A concern page in the student's language (moderation.concerns.language), with the links
    and forms that keep it, and a language switcher to `same_page` in each language (none
    without it)."""
    language = request.student_language
    context = {
        "language": language.code,  # base.html: the page's language
        "language_query": language.query,
        **({"translations": language.translations(same_page)} if same_page else {}),
        **context,
    }
    return _private(render(request, template, context, status=status))


def _client_key(request: HttpRequest) -> str:
    """Names a client for the rate limits without keeping who or where it is: an HMAC (keyed
    from SECRET_KEY) that changes every day, used only as a short-lived cache key. A student
    signed in from the LMS is their account: a school's students share one address behind its
    router, and one of them sending five concerns paused the form for every other for ten
    minutes. Anyone else is their network; an IPv6 client its /64, which one home or phone gets
    whole: otherwise each new address is a new client."""
    if request.user.is_authenticated:
        client = f"account {request.user.pk}"
    else:
        client = client_network(request)
    day = timezone.now().date().isoformat()
    value = f"{day}|{client}"
    return salted_hmac("moderation.concerns.claim-client", value, algorithm="sha256").hexdigest()[
        :32
    ]


def _paused(too_many: TooManyMessages) -> dict:
    """What the kind "not sent yet" message needs: how long to wait and where to get help now."""
    return {
        "paused_minutes": max(1, round(too_many.retry_after / 60)),
        "help_contacts": support_text(ModerationSettings.load()),
    }


def _too_many(response: HttpResponse, too_many: TooManyMessages) -> HttpResponse:
    response.status_code = 429
    response.headers["Retry-After"] = str(too_many.retry_after)
    return response


@lti_frameable
@never_cache
@require_http_methods(["GET", "POST"])
@in_students_language
def new_concern(request: HttpRequest) -> HttpResponse:
    signed_in = request.user.is_authenticated
    form = ConcernForm(request.POST if request.method == "POST" else None)
    paused: TooManyMessages | None = None
    if request.method == "POST" and form.is_valid():
        submission = form.cleaned_data["submission"]
        if submission and not shown_once.first_send(submission):
            # Sent before (a double click, a resend): the first send's page, no second concern.
            token = shown_once.earlier_answer(submission)
            if token or not shown_once.first_send(submission):
                return _thank_you_redirect(request, token or "shown")
        try:
            admit_student_message(_client_key(request))
            return _send(request, form, submission)
        except TooManyMessages as too_many:
            paused = too_many  # the form is shown again, filled in: nothing they wrote is lost
            if submission:
                shown_once.forget(submission)
    context = {
        "form": form,
        "signed_in": signed_in,
        "has_adults": form.fields["trusted_adult"].queryset.exists(),
        **(_paused(paused) if paused else {}),
    }
    status = 400 if form.errors else 200
    response = _page(
        request, "moderation/concerns/new.html", context, status=status, same_page="concerns:new"
    )
    return _too_many(response, paused) if paused else response


def _send(request: HttpRequest, form: ConcernForm, submission: str) -> HttpResponse:
    signed_in = request.user.is_authenticated
    try:
        raised = raise_concern(
            **form.concern_fields(), reporter=request.user if signed_in else None
        )
    except BaseException:
        if submission:
            shown_once.forget(submission)  # nothing was sent: a resend may send it
        raise
    shown = {
        "claim_code": raised.claim_code,
        "concern": raised.concern.pk,
        "support_message": raised.support_message,
    }
    token = shown_once.seal(shown)
    if submission:
        shown_once.answered(submission, token)
    return _thank_you_redirect(request, token)


def _thank_you_redirect(request: HttpRequest, token: str) -> HttpResponse:
    # 303: the browser GETs the page, so a reload there resends no form. The page keeps the
    # language the form was in.
    response = redirect(request.student_language.url("concerns:sent", token=token))
    response.status_code = 303
    return _private(response)


@lti_frameable
@never_cache
@require_http_methods(["GET"])
@in_students_language
def sent(request: HttpRequest, token: str) -> HttpResponse:
    """The thank-you page: the claim code the first time, afterwards only that it was sent."""
    shown = shown_once.unseal(token) or {}
    concern = Concern.objects.select_related("trusted_adult").filter(pk=shown.get("concern"))
    context = {
        "claim_code": shown.get("claim_code", ""),
        "concern": concern.first(),
        "support_message": shown.get("support_message", ""),
    }
    # No language switcher: a reload of this page cannot show the claim code again.
    return _page(request, "moderation/concerns/raised.html", context)


def _conversation(request: HttpRequest, concern: Concern, code: str, **extra) -> HttpResponse:
    context = {
        "concern": concern,
        "status": STUDENT_STATUS.get(concern.status, concern.get_status_display()),
        "conversation": thread(concern),
        "reply_form": extra.pop("reply_form", None) or ReplyForm(initial={"code": code}),
        **extra,
    }
    # The switcher leads to the claim page: the conversation opens only with the code.
    return _page(
        request, "moderation/concerns/conversation.html", context, same_page="concerns:claim"
    )


def _claim_page(request: HttpRequest, form: ClaimForm, error: str = "", status: int = 200):
    context = {"form": form, "error": error}
    return _page(
        request,
        "moderation/concerns/claim.html",
        context,
        status=status,
        same_page="concerns:claim",
    )


@lti_frameable
@never_cache
@require_http_methods(["GET", "POST"])
@in_students_language
def claim(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _claim_page(request, ClaimForm())
    form = ClaimForm(request.POST)
    if not form.is_valid():
        return _claim_page(request, form, status=400)
    code = form.cleaned_data["code"]
    try:
        concern = open_by_claim_code(code, client_key=_client_key(request))
    except ClaimRateLimited:
        return _claim_page(request, ClaimForm(), TOO_MANY, status=429)
    if concern is None:
        return _claim_page(request, ClaimForm(), WRONG_CODE, status=403)
    return _conversation(request, concern, code)


@lti_frameable
@never_cache
@require_POST
@in_students_language
def reply(request: HttpRequest) -> HttpResponse:
    form = ReplyForm(request.POST)
    code = request.POST.get("code", "")
    try:
        concern = open_by_claim_code(code, client_key=_client_key(request), audit_view=False)
    except ClaimRateLimited:
        return _claim_page(request, ClaimForm(), TOO_MANY, status=429)
    if concern is None:
        return _claim_page(request, ClaimForm(), WRONG_CODE, status=403)
    if not form.is_valid():
        return _conversation(request, concern, code, reply_form=form)
    submission = form.cleaned_data["submission"]
    if submission and not shown_once.first_send(submission):
        # Sent before (a reload of the page after sending, a second click): not sent again.
        return _conversation(request, concern, code, sent=True)
    try:
        admit_student_message(_client_key(request), concern)
    except TooManyMessages as too_many:
        if submission:
            shown_once.forget(submission)  # nothing was sent: a resend may send it
        response = _conversation(request, concern, code, reply_form=form, **_paused(too_many))
        return _too_many(response, too_many)
    try:
        answered = student_reply(concern, form.cleaned_data["text"])
    except BaseException:
        if submission:
            shown_once.forget(submission)
        raise
    concern.refresh_from_db()
    return _conversation(
        request, concern, code, sent=True, support_message=answered.support_message
    )
