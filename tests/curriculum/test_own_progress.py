"""A student sees their own progress across their assigned lessons, and no one else's."""

import pytest
from django.urls import reverse

from tests.curriculum.conftest import step_url
from tests.curriculum.placing import placed_link
from tests.curriculum.test_quiz_scoring import answer
from tests.personas import enrol

pytestmark = pytest.mark.django_db


def test_it_lists_every_lesson_of_every_course_the_student_takes(
    client, student, link, other_course, make_lesson
):
    enrol(student, other_course)
    extra = placed_link(
        course=other_course,
        resource_link_id="rl-x",
        lesson=make_lesson("second", title="Second Lesson"),
    )
    client.force_login(student)
    client.post(step_url(link, "read"), {"action": "done"})
    html = client.get(reverse("curriculum:my_progress", args=[link.pk])).content.decode()
    assert "Year 7 Digital Citizenship" in html and "Year 8 Computing" in html
    assert "Passphrase Power" in html and "Second Lesson" in html
    assert "In progress" in html and "Not started" in html
    assert reverse("curriculum:learn", args=[extra.pk]) in html


def test_it_shows_the_students_own_quiz_result_and_not_a_classmates(
    client, student, student2, link
):
    client.force_login(student2)
    answer(client, link, 1, 1)
    client.force_login(student)
    answer(client, link, 0, 0)
    html = client.get(reverse("curriculum:my_progress", args=[link.pk])).content.decode()
    assert "0%" in html
    assert "100%" not in html
    assert "Ria" not in html


def test_it_leaves_out_courses_the_student_does_not_take(client, student, link, other_link):
    client.force_login(student)
    html = client.get(reverse("curriculum:my_progress", args=[link.pk])).content.decode()
    assert "Year 8 Computing" not in html
