"""The Django admin (/django-admin/) is an operator's tool: the task queue (django-rq), task
results (django-tasks), sign-in lockouts (django-axes), users and groups. Only superusers open
it. Staff work in the Wagtail admin (/admin/), where each group reaches its own tools; being
`is_staff` (the demo once made every login staff) opens nothing here."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest, HttpResponse


class SuperuserAdminSite(admin.AdminSite):
    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return bool(user.is_active and user.is_superuser)


class SuperuserAdminConfig(AdminConfig):
    default_site = "upstander.admin_site.SuperuserAdminSite"


def superuser_admin_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """`view` behind the admin site's own check (superusers; others go to its sign-in page)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return admin.site.admin_view(view)(request, *args, **kwargs)

    return wrapper


def task_queue_urls() -> list[Any]:
    """django-rq's dashboard, statistics and queue actions (empty a queue, delete or requeue
    jobs), for superusers only. django-rq's own admin link is off (RQ_SHOW_ADMIN_LINK): it let
    any staff user empty a queue, and its statistics answer any staff user."""
    from django_rq.urls import get_admin_urlpatterns, get_api_urlpatterns

    statistics = get_api_urlpatterns()
    for pattern in statistics:
        pattern.callback = superuser_admin_view(pattern.callback)
    return statistics + get_admin_urlpatterns(view_wrapper=superuser_admin_view)
