"""Ana finishes a lesson and reads where her score is. It is saved at once but sent to the LMS by a
task, which may run a minute later, be retried, or be refused: the summary says only what is true
at that moment. Before, it said "It has been sent to your course's gradebook" as soon as the
lesson was done, even when no task had run or the LMS had refused the score."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from lti.models import ScoreOutbox
from tests.curriculum.test_completion import reflect
from tests.curriculum.test_quiz_scoring import answer

pytestmark = pytest.mark.django_db

COLUMN = "https://lms.example/api/lti/courses/7/line_items/31"


@pytest.fixture
def finished(student_client, link, queued_scores, django_capture_on_commit_callbacks):
    """Ana has passed the quiz and reflected: the lesson is complete, its score queued."""
    link.line_item_url = COLUMN
    link.save(update_fields=["line_item_url"])
    with django_capture_on_commit_callbacks(execute=True):
        answer(student_client, link, 1, 1)
        reflect(student_client, link)
    assert len(queued_scores) == 1
    return link


def summary(client, link) -> str:
    return client.get(reverse("curriculum:learn_summary", args=[link.pk])).content.decode()


def the_lms_answered(link, student, status: str) -> None:
    ScoreOutbox.objects.update_or_create(
        resource_link=link,
        user=student,
        defaults={
            "score_given": 10,
            "score_maximum": 10,
            "timestamp": timezone.now(),
            "status": status,
        },
    )


def test_before_the_lms_took_it_the_score_is_on_its_way(student_client, student, finished):
    html = summary(student_client, finished)
    assert "10 out of 10" in html
    assert "on its way to your course's gradebook" in html
    assert "It is in your course's gradebook" not in html
    the_lms_answered(finished, student, ScoreOutbox.Status.PENDING)  # a retry is waiting
    assert "on its way to your course's gradebook" in summary(student_client, finished)


def test_once_the_lms_took_it_the_score_is_in_the_gradebook(student_client, student, finished):
    the_lms_answered(finished, student, ScoreOutbox.Status.SENT)
    html = summary(student_client, finished)
    assert "It is in your course's gradebook." in html
    assert "on its way" not in html


def test_a_score_the_lms_refused_is_not_called_sent(student_client, student, finished):
    the_lms_answered(finished, student, ScoreOutbox.Status.FAILED)
    html = summary(student_client, finished)
    assert "Your course's gradebook has not taken it yet" in html
    assert "Your teacher can see your score in Upstander" in html
    assert "It is in your course's gradebook" not in html


def test_a_lesson_without_a_gradebook_column_says_so(
    student_client, link, queued_scores, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer(student_client, link, 1, 1)
        reflect(student_client, link)
    html = summary(student_client, link)
    assert "You have completed this lesson" in html
    assert "This lesson has no column in your course's gradebook" in html
    assert "gradebook: your teacher may see it" not in html


def test_a_spanish_student_reads_it_in_spanish(student_client, student, finished):
    student_client.cookies[settings.LTI_LANGUAGE_COOKIE_NAME] = "es"
    assert "Va de camino al libro de calificaciones" in summary(student_client, finished)
    the_lms_answered(finished, student, ScoreOutbox.Status.SENT)
    assert "Ya está en el libro de calificaciones de tu curso." in summary(student_client, finished)
