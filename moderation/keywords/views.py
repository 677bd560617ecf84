"""Keyword libraries in the Wagtail admin: browse, edit, exclude and restore entries with a
reason, accept exceptions that false positives propose, read each entry's history, import and
export. Every change goes through `moderation.staff.actions`, which keeps the history."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from moderation.engine import LibraryError
from moderation.keywords import store as library_store
from moderation.keywords.overlap import entries_it_would_lower
from moderation.models import Category, KeywordEntry, KeywordEntryHistory, KeywordLibrary, Severity
from moderation.staff import actions as staff_actions
from moderation.staff.permissions import can_manage_library, is_lead, visible_flags
from moderation.staff.views import forbidden
from upstander.params import database_id, form_number

ENTRIES_PAGE_SIZE = 100
MAX_IMPORT_BYTES = 2 * 1024 * 1024


def library_managers_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not can_manage_library(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return wrapped


def in_staff_words(choices: Any) -> list[tuple[Any, Any]]:
    """A model's choices with their labels in the reader's language (the catalogue holds them
    under the context "moderation", as the queue and case pages read them)."""
    return [(value, pgettext_lazy("moderation", label)) for value, label in choices]


# The entry's fields as staff read them, in their language (the model's own names are English).
ENTRY_LABELS = {
    "term": gettext_lazy("Term"),
    "category": gettext_lazy("Category"),
    "severity": gettext_lazy("Severity"),
    "mode": gettext_lazy("Mode"),
    "definition": gettext_lazy("Definition"),
    "exceptions": gettext_lazy("Exceptions"),
}
EXCEPTIONS_HELP = gettext_lazy("Innocent phrases that contain the term, separated by |.")
# The libraries' definition format (moderation/libraries/README.md): staff read their own part.
DEFINITION_HELP = gettext_lazy(
    "What it means and why it matters, for staff. In both languages: the English, then [es] "
    "and the Spanish (or the Spanish, then [en] and the English); each reader sees their own."
)


def choices_in_staff_words(form: forms.BaseForm) -> None:
    """An entry form's category, severity and mode choices in the reader's language."""
    for name, model_choices in (
        ("category", Category.choices),
        ("severity", Severity.choices),
        ("mode", KeywordEntry.Mode.choices),
    ):
        form.fields[name].choices = in_staff_words(model_choices)


class EntryForm(forms.ModelForm):
    reason = forms.CharField(
        label=gettext_lazy("Why are you changing it?"), widget=forms.Textarea(attrs={"rows": 2})
    )

    class Meta:
        model = KeywordEntry
        fields = list(staff_actions.EDITABLE_ENTRY_FIELDS)
        labels = ENTRY_LABELS
        help_texts = {
            "definition": DEFINITION_HELP,
            "exceptions": EXCEPTIONS_HELP,
        }
        widgets = {
            "definition": forms.Textarea(attrs={"rows": 3}),
            "exceptions": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices_in_staff_words(self)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class ExceptionForm(forms.Form):
    phrase = forms.CharField(label=gettext_lazy("Innocent phrase"), max_length=200)
    reason = forms.CharField(
        label=gettext_lazy("Why it is innocent"), widget=forms.Textarea(attrs={"rows": 2})
    )


class NewEntryForm(forms.Form):
    """Choices and lengths only: the entry itself is checked as an imported line is."""

    term = forms.CharField(label=ENTRY_LABELS["term"], max_length=200)
    category = forms.ChoiceField(label=ENTRY_LABELS["category"], choices=Category.choices)
    severity = forms.TypedChoiceField(
        label=ENTRY_LABELS["severity"], choices=Severity.choices, coerce=int
    )
    mode = forms.ChoiceField(
        label=ENTRY_LABELS["mode"],
        choices=KeywordEntry.Mode.choices,
        initial=KeywordEntry.Mode.WORD,
    )
    definition = forms.CharField(
        label=ENTRY_LABELS["definition"],
        help_text=DEFINITION_HELP,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    exceptions = forms.CharField(
        label=ENTRY_LABELS["exceptions"],
        required=False,
        help_text=EXCEPTIONS_HELP,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    reason = forms.CharField(label=gettext_lazy("Why are you adding it?"), widget=forms.TextInput())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices_in_staff_words(self)


class ImportForm(forms.Form):
    library = forms.ModelChoiceField(
        queryset=KeywordLibrary.objects.all(),
        required=False,
        label=gettext_lazy("Library"),
        empty_label=gettext_lazy("A new library, named after the file"),
        help_text=gettext_lazy(
            "Entries in the file are added to this library, or update its entries."
        ),
    )
    file = forms.FileField(
        label=gettext_lazy("CSV file"), help_text=gettext_lazy("The format described on this page.")
    )
    reason = forms.CharField(
        label=gettext_lazy("Why are you importing it?"), widget=forms.TextInput()
    )


@require_GET
@library_managers_only
def libraries(request: HttpRequest) -> HttpResponse:
    rows = KeywordLibrary.objects.annotate(
        entry_count=Count("entries"),
        excluded_count=Count("entries", filter=Q(entries__excluded=True)),
    )
    return render(request, "moderation/admin/libraries.html", {"libraries": rows})


@require_GET
@library_managers_only
def entries(request: HttpRequest, library_id: int) -> HttpResponse:
    return _entries_page(request, get_object_or_404(KeywordLibrary, pk=library_id))


def _entries_page(
    request: HttpRequest, library: KeywordLibrary, new_entry_form: forms.Form | None = None
) -> HttpResponse:
    found = library.entries.all()
    q = request.GET.get("q", "").strip()
    category = request.GET.get("category", "")
    severity = request.GET.get("severity", "")
    state = request.GET.get("state", "")
    if q:
        found = found.filter(Q(term__icontains=q) | Q(definition__icontains=q))
    if category in Category.values:
        found = found.filter(category=category)
    if form_number(severity) in Severity.values:
        found = found.filter(severity=form_number(severity))
    if state == "excluded":
        found = found.filter(excluded=True)
    elif state == "active":
        found = found.filter(excluded=False)
    page = Paginator(found, ENTRIES_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "moderation/admin/entries.html",
        {
            "library": library,
            "page_obj": page,
            "filters": {"q": q, "category": category, "severity": severity, "state": state},
            "categories": Category.choices,
            "severities": Severity.choices,
            "page_query": query.urlencode(),
            "new_entry_form": new_entry_form or NewEntryForm(),
        },
        status=400 if new_entry_form is not None else 200,
    )


@require_POST
@library_managers_only
def add_entry(request: HttpRequest, library_id: int) -> HttpResponse:
    library = get_object_or_404(KeywordLibrary, pk=library_id)
    form = NewEntryForm(request.POST)
    if form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "reason"}
        try:
            added = library_store.add_entry(
                library, fields, request.user, form.cleaned_data["reason"]
            )
        except LibraryError as problem:
            for line in problem.problems:
                form.add_error(None, line)
        else:
            messages.success(request, f'Added "{added.term}". Scanning uses it from now on.')
            _warn_of_lowered_entries(request, added)
            return redirect("moderation_admin:entry", added.pk)
    return _entries_page(request, library, new_entry_form=form)


@require_http_methods(["GET", "POST"])
@library_managers_only
def entry(request: HttpRequest, entry_id: int) -> HttpResponse:
    item = get_object_or_404(KeywordEntry.objects.select_related("library"), pk=entry_id)
    form = EntryForm(instance=KeywordEntry.objects.get(pk=item.pk))
    if request.method == "POST":
        form = EntryForm(request.POST, instance=KeywordEntry.objects.get(pk=item.pk))
        if form.is_valid():
            changes = {f: form.cleaned_data[f] for f in staff_actions.EDITABLE_ENTRY_FIELDS}
            try:
                staff_actions.edit_entry(item, request.user, changes, form.cleaned_data["reason"])
            except (staff_actions.ActionRefused, ValidationError) as refused:
                messages.error(request, _message(refused))
            else:
                messages.success(
                    request, gettext("Saved. Scanning uses the new version from now on.")
                )
                _warn_of_lowered_entries(request, KeywordEntry.objects.get(pk=item.pk))
                return redirect("moderation_admin:entry", item.pk)
    return render(
        request,
        "moderation/admin/entry.html",
        {
            "entry": item,
            "form": form,
            "reason_form": ReasonForm(),
            "exception_form": ExceptionForm(),
            # Read from students' posts: for the leads' eyes only.
            "proposals": staff_actions.proposed_exceptions(item) if is_lead(request.user) else [],
            "from_case": case_to_return_to(request.user, request.GET.get("case")),
            "history": [_readable(row) for row in item.history.select_related("actor")[:100]],
        },
    )


def _warn_of_lowered_entries(request: HttpRequest, saved: KeywordEntry) -> None:
    """Tell the lead which more severe phrases inside this one it now lowers
    (moderation/keywords/overlap.py): the scanner keeps the longest phrase's reading."""
    for inner in entries_it_would_lower(saved.term, saved.severity, saved.mode):
        messages.warning(
            request,
            gettext(
                'Posts with "%(inner)s" (%(inner_severity)s) written inside "%(term)s" will be '
                "recorded at %(severity)s: the scanner keeps the longest phrase. Raise this "
                "entry's severity if that is not what you mean."
            )
            % {
                "inner": inner.term,
                "inner_severity": _severity_label(inner.severity),
                "term": saved.term,
                "severity": _severity_label(saved.severity),
            },
        )


def _severity_label(severity: int) -> str:
    return str(pgettext_lazy("moderation", Severity(severity).label))


def case_to_return_to(user: Any, value: str | None) -> int | None:
    """The case a lead came from to accept the exception its false positive proposed, when they
    may see it: the page leads back there, so the lead can close the case."""
    flag_id = database_id(value)
    if flag_id is None or not is_lead(user) or not visible_flags(user).filter(pk=flag_id).exists():
        return None
    return flag_id


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


def _entry_change(
    request: HttpRequest,
    entry_id: int,
    change: Callable[..., Any],
    form_class: type[forms.Form],
    done: Any,
) -> HttpResponse:
    item = get_object_or_404(KeywordEntry, pk=entry_id)
    case = case_to_return_to(request.user, request.POST.get("case"))
    entry_page = reverse("moderation_admin:entry", args=[item.pk]) + (
        f"?case={case}" if case else ""
    )
    form = form_class(request.POST)
    if not form.is_valid():
        messages.error(request, gettext("Please fill in every field, including the reason."))
        return redirect(entry_page)
    try:
        change(item, **form.cleaned_data)
    except (staff_actions.ActionRefused, ValidationError) as refused:
        messages.error(request, _message(refused))
        return redirect(entry_page)
    # Wagtail's admin language holds only while the view runs: the message is read now.
    messages.success(request, str(done))
    return redirect("moderation_admin:case", case) if case else redirect(entry_page)


@require_POST
@library_managers_only
def exclude(request: HttpRequest, entry_id: int) -> HttpResponse:
    return _entry_change(
        request,
        entry_id,
        lambda e, reason: staff_actions.exclude_entry(e, request.user, reason),
        ReasonForm,
        gettext_lazy("Excluded: posts are no longer scanned for this keyword."),
    )


@require_POST
@library_managers_only
def restore(request: HttpRequest, entry_id: int) -> HttpResponse:
    return _entry_change(
        request,
        entry_id,
        lambda e, reason: staff_actions.restore_entry(e, request.user, reason),
        ReasonForm,
        gettext_lazy("Restored: posts are scanned for this keyword again."),
    )


@require_POST
@library_managers_only
def add_exception(request: HttpRequest, entry_id: int) -> HttpResponse:
    return _entry_change(
        request,
        entry_id,
        lambda e, phrase, reason: staff_actions.add_exception(e, phrase, request.user, reason),
        ExceptionForm,
        gettext_lazy("Exception added."),
    )


@require_GET
@library_managers_only
def export(request: HttpRequest, library_id: int) -> HttpResponse:
    library = get_object_or_404(KeywordLibrary, pk=library_id)
    response = HttpResponse(
        library_store.export_library(library.name), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(library.name)}.csv"'
    return response


@require_http_methods(["GET", "POST"])
@library_managers_only
def import_library(request: HttpRequest) -> HttpResponse:
    form = ImportForm()
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_IMPORT_BYTES:
                form.add_error("file", gettext("The file is larger than 2 MB."))
            else:
                try:
                    text = upload.read().decode("utf-8-sig")
                except UnicodeDecodeError:
                    form.add_error("file", gettext("The file is not UTF-8 text."))
                else:
                    library = form.cleaned_data["library"]
                    name = library.name if library else slugify(upload.name.rsplit(".", 1)[0])
                    try:
                        result = library_store.import_library(
                            name, text, actor=request.user, reason=form.cleaned_data["reason"]
                        )
                    except LibraryError as problem:
                        for line in problem.problems:
                            form.add_error("file", line)
                    else:
                        messages.success(request, f"Imported {result}.")
                        return redirect("moderation_admin:libraries")
    return render(request, "moderation/admin/library_import.html", {"form": form})


def _readable(row: KeywordEntryHistory) -> KeywordEntryHistory:
    """A history row with its before and after as a person reads them: a list of exceptions
    as "a | b", an empty one as "none"."""

    def shown(snapshot: dict) -> list[tuple[str, str]]:
        return [
            (field, " | ".join(value) or "none" if isinstance(value, list) else str(value))
            for field, value in snapshot.items()
        ]

    row.before_shown, row.after_shown = shown(row.before), shown(row.after)
    return row
