"""A teacher exports the course's progress and scores as CSV."""

import csv
import io

import pytest
from django.urls import reverse

from lti.models import LtiIdentity
from tests.curriculum.test_dashboard import class_at_work  # noqa: F401  (a shared fixture)

pytestmark = pytest.mark.django_db


def export(client, course, **params):
    return client.get(reverse("curriculum:dashboard_export", args=[course.pk]), params)


def rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_it_downloads_one_row_per_student_and_lesson_with_scores(class_at_work, course, link):  # noqa: F811
    response = export(class_at_work, course)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        'attachment; filename="upstander-year-7-digital-citizenship-progress.csv"'
        == response["Content-Disposition"]
    )
    by_name = {r["student"]: r for r in rows(response)}
    assert set(by_name) == {"Sam Student", "Ria Classmate"}
    sam = by_name["Sam Student"]
    assert (sam["status"], sam["quiz_percent"], sam["score_given"], sam["score_maximum"]) == (
        "completed",
        "100",
        "10.00",
        "10.00",
    )
    assert sam["lti_sub"] == "sub-sam" and sam["resource_link_id"] == "rl-1" and sam["completed_at"]
    assert by_name["Ria Classmate"]["status"] == "in_progress"


def test_it_honours_the_dashboard_filters(class_at_work, course):  # noqa: F811
    assert [r["student"] for r in rows(export(class_at_work, course, status="completed"))] == [
        "Sam Student"
    ]


def test_a_name_that_looks_like_a_formula_is_neutralised(class_at_work, course, student):  # noqa: F811
    LtiIdentity.objects.filter(user=student).update(name='=HYPERLINK("http://evil")')
    names = [r["student"] for r in rows(export(class_at_work, course))]
    assert '\'=HYPERLINK("http://evil")' in names


def test_only_a_teacher_of_the_course_can_export(client, course, student, other_teacher, link):
    assert export(client, course).status_code == 403
    for user in (student, other_teacher):
        client.force_login(user)
        assert export(client, course).status_code == 403
