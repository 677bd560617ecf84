from django.urls import path

from curriculum import views, views_dashboard, views_learn, views_picker

app_name = "curriculum"

urlpatterns = [
    path("search/", views.search, name="search"),
    # The lesson picker a deep-linking launch leads to; under /lti/, the LMS iframe's paths.
    path("lti/deep-link/<str:launch_id>/", views_picker.picker, name="picker"),
    # The student's lesson flow; the LTI launch redirects students to `learn`.
    path("learn/<int:resource_link_id>/", views_learn.learn_start, name="learn"),
    path(
        "learn/<int:resource_link_id>/step/<slug:step_key>/",
        views_learn.learn_step,
        name="learn_step",
    ),
    path("learn/<int:resource_link_id>/summary/", views_learn.learn_summary, name="learn_summary"),
    path("learn/<int:resource_link_id>/progress/", views_learn.my_progress, name="my_progress"),
    # The teacher's course dashboard; the LTI launch redirects teachers to `dashboard`.
    path("courses/<int:course_id>/dashboard/", views_dashboard.dashboard, name="dashboard"),
    path(
        "courses/<int:course_id>/dashboard/export.csv",
        views_dashboard.export_csv,
        name="dashboard_export",
    ),
    path(
        "courses/<int:course_id>/dashboard/reflections/",
        views_dashboard.reflections,
        name="dashboard_reflections",
    ),
    path(
        "courses/<int:course_id>/dashboard/reflections/<int:reflection_id>/read/",
        views_dashboard.mark_reflection_read,
        name="reflection_read",
    ),
    path(
        "courses/<int:course_id>/dashboard/flags/<int:flag_id>/<slug:action>/",
        views_dashboard.flag_action,
        name="dashboard_flag_action",
    ),
    path(
        "courses/<int:course_id>/dashboard/discussion/",
        views_dashboard.discussion,
        name="dashboard_discussion",
    ),
]
