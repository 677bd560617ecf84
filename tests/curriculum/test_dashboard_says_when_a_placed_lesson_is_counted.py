"""A teacher places a lesson with the picker and opens the dashboard before anyone has opened
the lesson. The LMS tells Upstander of a placed lesson only when it is first launched, so the
dashboard cannot count it yet; it says so, instead of "No lessons assigned yet" beside a
lesson the teacher has just assigned (found in the demo)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

FIRST_LAUNCH = "A lesson is listed here from the first time it is opened from your course"


def dashboard(client, teacher, course) -> str:
    client.force_login(teacher)
    return client.get(reverse("curriculum:dashboard", args=[course.pk])).content.decode()


def test_before_any_lesson_is_opened_it_says_a_placed_one_shows_from_its_first_launch(
    client, teacher, course
):
    page = dashboard(client, teacher, course)
    assert FIRST_LAUNCH in page
    assert "No lessons opened yet" in page
    assert "No lessons assigned yet" not in page


def test_with_a_lesson_opened_it_still_says_how_others_are_counted(client, teacher, link):
    page = dashboard(client, teacher, link.course)
    assert "1 assigned lesson" in page
    assert FIRST_LAUNCH in page
    assert "No lessons opened yet" not in page
