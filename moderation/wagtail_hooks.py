"""Moderation in the Wagtail admin: the flags queue and case pages, keyword libraries, routing
rules, trusted adults, API keys (superusers only), the audit log, a "Moderation" menu with a
count of new flags, and a panel of the user's notices on the dashboard."""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import get_template
from django.urls import include, path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy, ngettext, pgettext, pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry, register_permission_policy

from moderation.api.keys import create_api_key
from moderation.concerns import admin_views as concerns_admin
from moderation.concerns.actions import can_see_concerns
from moderation.keywords import views as views_library
from moderation.models import (
    ApiKey,
    Category,
    Integration,
    RoutingRule,
    StaffNotification,
    TrustedAdult,
)
from moderation.models.concerns import adult_staff_accounts
from moderation.staff import audit
from moderation.staff import views as views_admin
from moderation.staff.casework import new_flag_count
from moderation.staff.permissions import (
    LeadOrModelPermissionPolicy,
    SuperusersOnlyPolicy,
    can_manage_library,
    can_read_audit,
    can_review,
)

for _model in (RoutingRule, TrustedAdult):
    register_permission_policy(_model, LeadOrModelPermissionPolicy(_model))
register_permission_policy(ApiKey, SuperusersOnlyPolicy(ApiKey))
register_permission_policy(Integration, SuperusersOnlyPolicy(Integration))


# --- URLs ---------------------------------------------------------------------------------------

urlpatterns = [
    path("flags/", views_admin.queue, name="queue"),
    path("flags/<int:flag_id>/", views_admin.case, name="case"),
    path("flags/viewed/", views_admin.queue_viewed, name="queue_viewed"),
    path("flags/<int:flag_id>/reveal/", views_admin.reveal, name="reveal"),
    path("flags/<int:flag_id>/viewed/", views_admin.viewed, name="viewed"),
    path("flags/<int:flag_id>/<slug:action>/", views_admin.flag_action, name="action"),
    path(
        "matches/<int:match_id>/false-positive/", views_admin.false_positive, name="false_positive"
    ),
    path("notices/read/", views_admin.notifications_read, name="notifications_read"),
    path("audit/", views_admin.audit_log, name="audit"),
    path("libraries/", views_library.libraries, name="libraries"),
    path("libraries/import/", views_library.import_library, name="library_import"),
    path("libraries/<int:library_id>/", views_library.entries, name="entries"),
    path("libraries/<int:library_id>/add/", views_library.add_entry, name="entry_add"),
    path("libraries/<int:library_id>/export/", views_library.export, name="library_export"),
    path("entries/<int:entry_id>/", views_library.entry, name="entry"),
    path("entries/<int:entry_id>/exclude/", views_library.exclude, name="entry_exclude"),
    path("entries/<int:entry_id>/restore/", views_library.restore, name="entry_restore"),
    path("entries/<int:entry_id>/exception/", views_library.add_exception, name="entry_exception"),
]


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("moderation/", include((urlpatterns, "moderation_admin")))]


# --- Routing rules, trusted adults, API keys ----------------------------------------------------


class YesNoColumn(BooleanColumn):
    """Wagtail's tick and cross with the words Yes and No beside them (a bare boolean field
    reads "True"/"False", and the icon alone is named "True"/"False" to a screen reader)."""

    cell_template_name = "moderation/admin/yes_no_cell.html"

    def __init__(self, name: str, label: str) -> None:
        super().__init__(name, label=label, sort_key=name)


def severity_words(rule: RoutingRule) -> str:
    """The rule's lowest severity in the reader's language (the catalogue's "moderation")."""
    return pgettext("moderation", rule.get_min_severity_display())


def staff_name(user: Any) -> str:
    """A person in a routing rule's list: their name and their login ("Tom Teacher (lti-3a03…)"),
    or the login alone where the account has no name."""
    identity = getattr(user, "lti_identity", None)
    name = (identity.name if identity else "") or user.get_full_name()
    return f"{name} ({user.get_username()})" if name else user.get_username()


class RoutingRuleViewSet(ModelViewSet):
    url_prefix = "moderation/routing-rules"
    model = RoutingRule
    icon = "resubmit"
    menu_label = gettext_lazy("Routing rules")
    list_display = [
        Column("name", label=gettext_lazy("Name"), sort_key="name"),
        Column("priority", label=gettext_lazy("Priority"), sort_key="priority"),
        YesNoColumn("active", gettext_lazy("Active")),
        YesNoColumn("is_default", gettext_lazy("Default rule")),
        Column("min_severity", label=gettext_lazy("From severity"), accessor=severity_words),
        Column("course", label=gettext_lazy("Course")),
    ]
    list_filter = ["active", "is_default"]
    search_fields = ["name"]
    form_fields = [
        "name",
        "priority",
        "active",
        "is_default",
        "categories",
        "min_severity",
        "course",
        "issuer",
        "users",
        "groups",
        "include_course_teachers",
        "escalate_to_users",
        "escalate_to_groups",
    ]

    def formfield_for_dbfield(self, db_field: Any, **kwargs: Any) -> Any:
        if db_field.name == "categories":
            # A box to tick per category, in the reader's language (the model keeps a JSON list,
            # which Wagtail showed as a text box holding "[]" for the lead to type JSON into).
            return forms.MultipleChoiceField(
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
                required=False,
                choices=[
                    (value, pgettext_lazy("moderation", label)) for value, label in Category.choices
                ],
                widget=forms.CheckboxSelectMultiple,
            )
        if db_field.name in ("users", "escalate_to_users"):
            # Flags and their alerts go to staff: a student's account is never offered (as for
            # trusted adults), and each person is named as the school knows them.
            kwargs["queryset"] = adult_staff_accounts().select_related("lti_identity")
        field = super().formfield_for_dbfield(db_field, **kwargs)
        if db_field.name in ("users", "escalate_to_users"):
            field.label_from_instance = staff_name
        if db_field.name == "min_severity":
            # The severities in the reader's language (the catalogue has them under "moderation").
            field.choices = [
                (value, pgettext_lazy("moderation", label)) for value, label in db_field.choices
            ]
        return field


class TrustedAdultViewSet(ModelViewSet):
    url_prefix = "moderation/trusted-adults"
    model = TrustedAdult
    icon = "user"
    menu_label = gettext_lazy("Trusted adults")
    list_display = [
        # A field's name, not a Column: Wagtail makes the first one the link to each adult's
        # edit form (and its menu); a Column there left the lead no way to edit an adult.
        "display_name",
        Column("role_title", label=gettext_lazy("Role"), sort_key="role_title"),
        Column("user", label=gettext_lazy("Account")),
        YesNoColumn("active", pgettext_lazy("trusted adult", "Active")),
        Column("sort_order", label=gettext_lazy("Order"), sort_key="sort_order"),
    ]
    list_filter = ["active"]
    search_fields = ["display_name", "role_title"]
    form_fields = ["user", "display_name", "role_title", "role_title_es", "active", "sort_order"]

    def formfield_for_dbfield(self, db_field: Any, **kwargs: Any) -> Any:
        # Students never appear in the choice, and a crafted POST naming one is refused.
        if db_field.name == "user":
            kwargs["queryset"] = adult_staff_accounts().select_related("lti_identity")
        field = super().formfield_for_dbfield(db_field, **kwargs)
        if db_field.name == "user":
            # A teacher from the LMS by name, as in a routing rule, not by "lti-3a03…" alone.
            field.label_from_instance = staff_name
        return field


class ApiKeyCreateView(CreateView):
    """Makes the key with `moderation.api.keys` and shows it once; only its hash is kept."""

    def form_valid(self, form: Any) -> HttpResponse:
        key, raw_key = create_api_key(form.cleaned_data["name"], form.cleaned_data["scope"])
        audit.record(self.request.user, "api_key.created", key, scope=key.scope)
        response = render(
            self.request,
            "moderation/admin/api_key_created.html",
            {"key": key, "raw_key": raw_key, "index_url": reverse(self.index_url_name)},
        )
        response["Cache-Control"] = "no-store"
        return response


class ApiKeyViewSet(ModelViewSet):
    url_prefix = "moderation/api-keys"
    model = ApiKey
    icon = "key"
    menu_label = gettext_lazy("API keys")
    add_view_class = ApiKeyCreateView
    list_display = [
        "name",
        "integration",
        "prefix",
        "scope",
        YesNoColumn("active", gettext_lazy("Active")),
        "created_at",
        "last_used_at",
    ]
    list_filter = ["scope", "active"]
    search_fields = ["name", "prefix"]
    # The key itself is never stored and its hash is never shown or edited.
    form_fields = ["name", "scope", "active"]
    inspect_view_enabled = False


class IntegrationViewSet(ModelViewSet):
    """The systems that hold API keys. Tying one to an LMS platform is what lets a student's
    subject access and erasure include the posts it sent under their LTI `sub`."""

    url_prefix = "moderation/integrations"
    model = Integration
    icon = "link"
    menu_label = gettext_lazy("Integrations")
    list_display = ["name", "platform", "created_at"]
    search_fields = ["name"]
    form_fields = ["name", "platform"]
    inspect_view_enabled = False


routing_rules = RoutingRuleViewSet("moderation_routing_rules")
trusted_adults = TrustedAdultViewSet("moderation_trusted_adults")
api_keys = ApiKeyViewSet("moderation_api_keys")
integrations = IntegrationViewSet("moderation_integrations")


@hooks.register("register_admin_viewset")
def register_moderation_viewsets():
    return [routing_rules, trusted_adults, api_keys, integrations]


# --- The "Moderation" menu ----------------------------------------------------------------------


class FlagsMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return can_review(request.user)

    def render_component(self, request: HttpRequest) -> LinkMenuItemComponent:
        count = new_flag_count(request.user)
        return LinkMenuItemComponent(
            self.name,
            ngettext("Flags (%(count)s new)", "Flags (%(count)s new)", count) % {"count": count}
            if count
            else gettext("Flags"),
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


class PermissionMenuItem(MenuItem):
    def __init__(self, *args: Any, test: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.test = test

    def is_shown(self, request: HttpRequest) -> bool:
        return bool(self.test(request.user))


class ViewSetMenuItem(MenuItem):
    def __init__(self, viewset: ModelViewSet, **kwargs: Any) -> None:
        self.viewset = viewset
        super().__init__(viewset.menu_label, "", icon_name=viewset.icon, **kwargs)

    def render_component(self, request: HttpRequest) -> LinkMenuItemComponent:
        self.url = reverse(self.viewset.get_url_name("index"))
        return super().render_component(request)

    def is_shown(self, request: HttpRequest) -> bool:
        return policy_registry.get_by_type(self.viewset.model).user_has_any_permission(
            request.user, ["add", "change", "delete", "view"]
        )


class ModerationMenuItem(SubmenuMenuItem):
    def render_component(self, request: HttpRequest) -> Any:
        component = super().render_component(request)
        count = new_flag_count(request.user) if can_review(request.user) else 0
        # The label is given once, when the menu is built; the reader's language is known here.
        component.label = (
            ngettext("Moderation (%(count)s new)", "Moderation (%(count)s new)", count)
            % {"count": count}
            if count
            else gettext("Moderation")
        )
        return component


@hooks.register("register_admin_menu_item")
def register_moderation_menu():
    items = [
        FlagsMenuItem(
            "Flags",
            reverse("moderation_admin:queue"),
            name="moderation-flags",
            icon_name="flag",
            order=100,
        ),
        PermissionMenuItem(
            gettext_lazy("Keyword libraries"),
            reverse("moderation_admin:libraries"),
            name="moderation-libraries",
            icon_name="list-ul",
            order=200,
            test=can_manage_library,
        ),
        ViewSetMenuItem(routing_rules, name="moderation-routing", order=300),
        ViewSetMenuItem(trusted_adults, name="moderation-trusted-adults", order=400),
        ViewSetMenuItem(api_keys, name="moderation-api-keys", order=500),
        ViewSetMenuItem(integrations, name="moderation-integrations", order=510),
        PermissionMenuItem(
            gettext_lazy("Audit log"),
            reverse("moderation_admin:audit"),
            name="moderation-audit",
            icon_name="history",
            order=600,
            test=can_read_audit,
        ),
    ]
    return ModerationMenuItem(
        "Moderation", Menu(items=items), name="moderation", icon_name="warning", order=250
    )


# --- The dashboard panel ------------------------------------------------------------------------


class NoticesPanel(Component):
    name = "moderation_notices"
    order = 50
    template_name = "moderation/admin/home_panel.html"

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
        user = self.request.user
        notices = StaffNotification.objects.filter(recipient=user).select_related("flag")
        reviewer = can_review(user)
        return {
            "notices": list(notices[:10]),
            "unread": notices.filter(read_at=None).count(),
            "can_review": reviewer,
            "new_flags": new_flag_count(user) if reviewer else 0,
        }

    def render_html(self, parent_context: Any = None) -> Any:
        # With the request, so that the "mark all as read" form gets its CSRF token.
        template = get_template(self.template_name)
        return template.render(self.get_context_data(parent_context), request=self.request)


@hooks.register("construct_homepage_panels")
def add_notices_panel(request: HttpRequest, panels: list[Any]) -> None:
    if (
        can_review(request.user)
        or StaffNotification.objects.filter(recipient=request.user).exists()
    ):
        panels.append(NoticesPanel(request))


# --- Concerns: the inbox of the chosen adult and the leads ------------------------------------


@hooks.register("register_admin_urls")
def register_concern_urls():
    # Under moderation/ like the flags, where the notification channels link to.
    return [
        path("moderation/concerns/", include((concerns_admin.urlpatterns, "moderation_concerns")))
    ]


class ConcernsMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return can_see_concerns(request.user)


@hooks.register("register_admin_menu_item")
def register_concerns_menu_item():
    return ConcernsMenuItem(
        gettext_lazy("Concerns"), reverse("moderation_concerns:inbox"), icon_name="mail", order=205
    )
