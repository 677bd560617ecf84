"""LMS platforms, the LTI self-test, registration links and approvals in the Wagtail admin.

A platform decides which LMS may act as a school, so platforms, registration links and
approvals are for safeguarding leads and superusers only (`may_manage_platforms`), never for
staff status alone: content editors have staff status too. Nothing changes on a GET.
"""

import logging
from functools import cached_property

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import ProtectedError, Q
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from lti.addresses import tool_addresses
from lti.canvas_setup import start_canvas_platform
from lti.keys import give_own_key_set
from lti.models import Platform
from lti.registration import LEADS_GROUP, create_registration_link, may_manage_platforms
from lti.selftest import check_platforms, tool_checks

logger = logging.getLogger("lti.registration")


class PlatformPermissionPolicy(BasePermissionPolicy):
    """Every action on platforms (list, add, edit, activate, delete): leads and superusers."""

    def user_has_permission(self, user, action):
        return may_manage_platforms(user)

    def user_has_any_permission(self, user, actions):
        return may_manage_platforms(user)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=LEADS_GROUP), is_active=True)
            .distinct()
        )

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


register_permission_policy(Platform, PlatformPermissionPolicy(Platform))


class PlatformDeleteView(DeleteView):
    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError:
            # Its courses, students and their work belong to it: they never move elsewhere.
            messages.error(
                self.request,
                f"{self.object} has courses and students, so it cannot be deleted. Untick "
                "'Is active' instead: it can no longer launch, and its records stay with it.",
            )
            return redirect("lti_platforms:edit", self.object.pk)


class PlatformCreateView(CreateView):
    def get_success_url(self):
        # The edit page shows the platform's own key set (JWKS) URL, made at this save, and
        # the other addresses the LMS administrator pastes.
        return reverse("lti_platforms:edit", args=[self.object.pk])


class PlatformEditView(EditView):
    def save_instance(self):
        had_keys = Platform.objects.filter(pk=self.object.pk).values_list(
            "tool_key_set", flat=True
        )[0]
        instance = super().save_instance()
        self.keys_changed = had_keys != instance.tool_key_set
        return instance

    def get_success_url(self):
        # Edited to name another LMS, a platform that signed with the tool's one key was given
        # keys of their own (lti.models.Platform.save): its page says what to paste.
        if getattr(self, "keys_changed", False):
            messages.warning(
                self.request,
                gettext(
                    "This platform now has keys of its own: paste its new public keyset (JWKS) "
                    "URL, shown below, into the LMS."
                ),
            )
            return reverse("lti_platforms:edit", args=[self.object.pk])
        return super().get_success_url()


class PlatformIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        # Most schools register by Dynamic Registration, whose links are made on the self-test
        # page: the list leads there, beside adding a platform by hand. The label is short
        # enough to stay whole beside "Add platform" on a 390 px phone; the page it opens says
        # how Dynamic Registration works.
        return [
            *super().header_buttons,
            HeaderButton(
                gettext("Register an LMS"),
                url=reverse("lti_self_test") + "#registration-link-heading",
                icon_name="link",
            ),
        ]


def platform_status(platform: Platform) -> str:
    """Active, Inactive or Awaiting approval, in the reader's language."""
    return gettext(platform.status())


class PlatformViewSet(ModelViewSet):
    model = Platform
    index_view_class = PlatformIndexView
    add_view_class = PlatformCreateView
    edit_view_class = PlatformEditView
    delete_view_class = PlatformDeleteView
    icon = "link"
    menu_label = gettext_lazy("LMS platforms")
    add_to_admin_menu = True
    list_display = [
        "name",
        "issuer",
        "client_id",
        Column("status", label=gettext_lazy("Status"), accessor=platform_status),
        "source",
    ]
    list_filter = ["is_active", "awaiting_approval", "source"]
    search_fields = ["name", "issuer", "client_id"]


@hooks.register("register_admin_viewset")
def register_platform_viewset():
    return PlatformViewSet("lti_platforms")


class RegistrationLinkForm(forms.Form):
    issuer = forms.CharField(
        max_length=255,
        label=gettext_lazy("LMS issuer"),
        help_text=gettext_lazy(
            "Canvas cloud: https://canvas.instructure.com. Moodle: your Moodle's address, "
            "e.g. https://moodle.school.example."
        ),
    )
    lms_address = forms.CharField(
        max_length=255,
        required=False,
        label=gettext_lazy("LMS web address (if not the issuer)"),
        help_text=gettext_lazy(
            "Canvas cloud: your school's Canvas address, e.g. "
            "https://yourschool.instructure.com. Leave empty for Moodle."
        ),
    )


class CanvasPlatformForm(forms.Form):
    canvas_address = forms.CharField(
        max_length=255,
        label=gettext_lazy("Your school's Canvas address"),
        help_text=gettext_lazy("e.g. https://yourschool.instructure.com"),
    )


def _require_platform_manager(request) -> None:
    if not may_manage_platforms(request.user):
        raise PermissionDenied


def _self_test_page(request, form=None, new_link=None, status=200, canvas_form=None):
    checks = check_platforms(Platform.objects.filter(is_active=True))
    for check in checks:
        check.addresses = tool_addresses(request, check.platform)
    context = {
        "tool_problems": tool_checks(),
        "checks": checks,
        "awaiting_approval": Platform.objects.filter(awaiting_approval=True),
        "link_form": form or RegistrationLinkForm(),
        "new_link": new_link,
        "canvas_form": canvas_form or CanvasPlatformForm(),
        "awaiting_client_id": Platform.objects.filter(client_id="", is_active=False),
        "login_url": request.build_absolute_uri(reverse("lti:login")),
        "launch_url": request.build_absolute_uri(reverse("lti:launch")),
    }
    return render(request, "lti/admin/self_test.html", context, status=status)


@require_GET
def self_test(request):
    _require_platform_manager(request)
    return _self_test_page(request)


@require_POST
def new_registration_link(request):
    """Make a one-use registration link for the LMS the lead or superuser names."""
    _require_platform_manager(request)
    form = RegistrationLinkForm(request.POST)
    if form.is_valid():
        try:
            made = create_registration_link(
                request.user, form.cleaned_data["issuer"], form.cleaned_data["lms_address"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            url = made.url(request)
            return _self_test_page(request, new_link={"url": url, "link": made.link})
    return _self_test_page(request, form=form, status=400)


@require_POST
def new_canvas_platform(request):
    """Start a Canvas platform before Canvas gives its client id: its page shows the JSON URL
    the Canvas administrator makes the developer key from (lti.canvas_setup)."""
    _require_platform_manager(request)
    form = CanvasPlatformForm(request.POST)
    if form.is_valid():
        try:
            platform = start_canvas_platform(request.user, form.cleaned_data["canvas_address"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                gettext(
                    "Paste this platform's Canvas JSON configuration URL, below, into Canvas. "
                    "Then enter the client id Canvas shows, add the deployment id, tick "
                    "'Is active' and save."
                ),
            )
            return redirect("lti_platforms:edit", platform.pk)
    return _self_test_page(request, canvas_form=form, status=400)


@require_POST
def approve_platform(request, pk: int):
    """Approving a platform that registered itself for a known issuer is activating it."""
    _require_platform_manager(request)
    platform = get_object_or_404(Platform, pk=pk, awaiting_approval=True)
    platform.is_active = True
    platform.save(update_fields=["is_active"])
    logger.info("Platform %s approved by user %s", platform.pk, request.user.pk)
    messages.success(request, f"{platform} is approved and can launch Upstander.")
    return redirect("lti_self_test")


def give_own_keys(request, pk: int):
    """GET: what the move means; POST: move a platform that signs with the tool's one key to
    keys of its own, then show what its LMS administrator must paste."""
    _require_platform_manager(request)
    platform = get_object_or_404(Platform, pk=pk)
    if request.method == "POST":
        moved = give_own_key_set(platform)
        if moved:
            logger.info(
                "Platforms %s given key set %s by user %s",
                [p.pk for p in moved],
                moved[0].tool_key_set,
                request.user.pk,
            )
        platform.refresh_from_db()
    elif request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    context = {
        "platform": platform,
        "addresses": tool_addresses(request, platform),
        "peers": platform.key_set_peers().filter(tool_key_set=""),
    }
    return render(request, "lti/admin/own_keys.html", context)


@hooks.register("register_admin_urls")
def register_self_test_url():
    return [
        path("lti/self-test/", self_test, name="lti_self_test"),
        path(
            "lti/registration-links/new/", new_registration_link, name="lti_new_registration_link"
        ),
        path("lti/platforms/<int:pk>/approve/", approve_platform, name="lti_approve_platform"),
        path("lti/canvas-platforms/new/", new_canvas_platform, name="lti_new_canvas_platform"),
        path("lti/platforms/<int:pk>/own-keys/", give_own_keys, name="lti_platform_own_keys"),
    ]


class PlatformManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return may_manage_platforms(request.user)


@hooks.register("register_settings_menu_item")
def register_self_test_menu_item():
    return PlatformManagersMenuItem(
        gettext_lazy("LTI self-test"), reverse("lti_self_test"), icon_name="success"
    )


@hooks.register("insert_global_admin_js")
def copy_address_buttons() -> str:
    """The "Copy" buttons beside the addresses an LMS administrator pastes (the platform's page,
    the LTI self-test, the move to keys of its own): one small script for the whole admin."""
    return format_html('<script src="{}" defer></script>', static("lti/copy-address.js"))
