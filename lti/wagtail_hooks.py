from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from lti.models import Platform
from lti.registration import registration_url
from lti.selftest import check_platform, tool_checks


class PlatformViewSet(ModelViewSet):
    model = Platform
    icon = "link"
    menu_label = "LMS platforms"
    add_to_admin_menu = True
    list_display = ["name", "issuer", "client_id", "is_active", "source"]
    list_filter = ["is_active", "source"]
    search_fields = ["name", "issuer", "client_id"]


@hooks.register("register_admin_viewset")
def register_platform_viewset():
    return PlatformViewSet("lti_platforms")


@staff_member_required
def self_test(request):
    context = {
        "tool_problems": tool_checks(),
        "checks": [check_platform(p) for p in Platform.objects.filter(is_active=True)],
        "registration_url": registration_url(request),
        "canvas_config_url": request.build_absolute_uri(reverse("lti:canvas_config")),
        "login_url": request.build_absolute_uri(reverse("lti:login")),
        "launch_url": request.build_absolute_uri(reverse("lti:launch")),
        "jwks_url": request.build_absolute_uri(reverse("lti:jwks")),
    }
    return render(request, "lti/admin/self_test.html", context)


@hooks.register("register_admin_urls")
def register_self_test_url():
    return [path("lti/self-test/", self_test, name="lti_self_test")]


@hooks.register("register_settings_menu_item")
def register_self_test_menu_item():
    return MenuItem("LTI self-test", reverse("lti_self_test"), icon_name="success")
