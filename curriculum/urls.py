from django.urls import path

from curriculum import views

app_name = "curriculum"

urlpatterns = [
    path("search/", views.search, name="search"),
]
