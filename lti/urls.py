from django.conf import settings
from django.urls import path

from lti import registration, storage, views

app_name = "lti"

urlpatterns = [
    path("login/", views.login, name="login"),
    path("launch/", views.launch, name="launch"),
    path("jwks/", views.jwks, name="jwks"),
    path("continue/<str:token>/", storage.continue_view, name="continue"),
    # The lesson picker at /lti/deep-link/<launch_id>/ is curriculum's (curriculum:picker).
    path("canvas.json", views.canvas_config, name="canvas_config"),
    path("register/<str:token>/", registration.register, name="register"),
]

if settings.DEBUG:
    from lti import demo

    urlpatterns += demo.urlpatterns
