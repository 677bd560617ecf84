"""/api/v1/: the integrations API and its OpenAPI schema."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.permissions import AllowAny

from moderation.api import views as api

app_name = "moderation_api"

urlpatterns = [
    path("scan", api.ScanView.as_view(), name="scan"),
    path("posts", api.PostsView.as_view(), name="posts"),
    path("flags", api.FlagsView.as_view(), name="flags"),
    path(
        "schema/",
        SpectacularAPIView.as_view(authentication_classes=[], permission_classes=[AllowAny]),
        name="schema",
    ),
]
