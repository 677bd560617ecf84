from django.urls import path

from lti import demo, registration, storage, views

app_name = "lti"

urlpatterns = [
    path("login/", views.login, name="login"),
    path("login/check/", views.login_check, name="login_check"),
    path("launch/", views.launch, name="launch"),
    path("jwks/", views.jwks, name="jwks"),
    path("jwks/<str:key_set>/", views.jwks, name="key_set_jwks"),
    path("continue/<str:token>/", storage.continue_view, name="continue"),
    # The lesson picker at /lti/deep-link/<launch_id>/ is curriculum's (curriculum:picker).
    path("canvas.json", views.canvas_config, name="canvas_config"),
    path("canvas/<str:key_set>.json", views.canvas_config, name="key_set_canvas_config"),
    path("register/<str:token>/", registration.register, name="register"),
]

# The demo LMS (`make demo`): every view answers 404 unless DEBUG is on at that request.
urlpatterns += demo.urlpatterns
