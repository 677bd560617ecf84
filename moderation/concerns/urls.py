"""/concern/: raising a concern and coming back to it. No LMS needed."""

from django.urls import path

from moderation.concerns import views as views_concerns

app_name = "concerns"

urlpatterns = [
    path("", views_concerns.new_concern, name="new"),
    path("sent/<str:token>/", views_concerns.sent, name="sent"),
    path("claim/", views_concerns.claim, name="claim"),
    path("claim/reply/", views_concerns.reply, name="reply"),
]
