"""A teacher opens the dashboard of a course where no student has finished a lesson yet: under
"Score distribution per lesson" it says there are no scores yet, instead of a heading over
nothing. Found in the demo, where the heading stood alone above "Not started any lesson"."""

import re

import pytest
from django.urls import reverse

from tests.curriculum.conftest import step_url
from tests.curriculum.test_completion import reflect
from tests.curriculum.test_quiz_scoring import answer

pytestmark = pytest.mark.django_db


def under_the_score_charts(client, course) -> str:
    html = client.get(reverse("curriculum:dashboard", args=[course.pk])).content.decode()
    part = re.search(r"<h3>Score distribution per lesson</h3>(.*?)</section>", html, re.S)
    assert part, "the dashboard has its score charts part"
    return part.group(1)


def test_before_anyone_finishes_a_lesson_it_says_there_are_no_scores_yet(
    client, student, teacher, link
):
    client.force_login(student)
    client.get(step_url(link, "read"))  # started, not finished
    client.force_login(teacher)

    part = under_the_score_charts(client, link.course)

    assert "No scores yet" in part
    assert "<svg" not in part


def test_once_a_student_finishes_the_lesson_its_chart_is_shown_instead(
    client, student, teacher, link, django_capture_on_commit_callbacks
):
    client.force_login(student)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, link, 1, 1)
        reflect(client, link)
    client.force_login(teacher)

    part = under_the_score_charts(client, link.course)

    assert "<svg" in part
    assert "No scores yet" not in part
