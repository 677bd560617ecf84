from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from upstander.admin_site import task_queue_urls

urlpatterns = [
    # First: the API's hundreds of requests a second are resolved before anything else is tried.
    path("api/v1/", include("moderation.api.urls")),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin's, the LTI pages').
    path(
        "favicon.ico",
        serve,
        {"path": "favicon.ico", "document_root": settings.BASE_DIR / "upstander" / "static"},
    ),
    # The task queue (django-rq) and the Django admin: superusers only (upstander/admin_site.py).
    path("django-admin/rq/", include((task_queue_urls(), "django_rq"))),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("lti/", include("lti.urls")),
    path("concern/", include("moderation.concerns.urls")),
    path("", include("curriculum.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page tree serves everything not matched above, so it comes last.
urlpatterns += [path("", include(wagtail_urls))]

# A missing or refused page in the reader's language (upstander/errors.py).
handler404 = "upstander.errors.page_not_found"
handler403 = "upstander.errors.permission_denied"
