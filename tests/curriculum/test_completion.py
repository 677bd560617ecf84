"""Completion rules produce a score out of the line item's maximum, and queue grade passback.

`lti.grades.queue_score` is replaced by the `queued_scores` fixture (see conftest): only that
one call is stood in for, since grade passback itself belongs to lti/.
"""

from decimal import Decimal

import pytest
from django.urls import reverse

from curriculum.models import LessonProgress, ProgressStatus
from tests.curriculum.conftest import lesson_body, step_url
from tests.curriculum.placing import placed_link
from tests.curriculum.test_quiz_scoring import answer

pytestmark = pytest.mark.django_db


def reflect(client, link):
    return client.post(
        step_url(link, "reflection"), {"text": "I will use a passphrase.", "revision": "0"}
    )


def test_passing_the_quiz_and_reflecting_completes_the_lesson_and_queues_the_score(
    student_client, student, link, queued_scores, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer(student_client, link, 1, 0)  # 50%: the pass mark of this lesson
    assert queued_scores == []
    with django_capture_on_commit_callbacks(execute=True):
        reflect(student_client, link)
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert progress.status == ProgressStatus.COMPLETED
    assert progress.score_given == Decimal("5.00")
    assert queued_scores == [(link, student, Decimal("5.00"), Decimal("10"), progress.completed_at)]


def test_the_score_is_queued_only_after_the_transaction_commits(
    student_client, link, queued_scores, django_capture_on_commit_callbacks
):
    answer(student_client, link, 1, 1)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        reflect(student_client, link)
    assert queued_scores == []
    for callback in callbacks:  # the commit
        callback()
    assert len(queued_scores) == 1


def test_the_lesson_is_not_complete_until_every_rule_is_met(
    student_client, student, link, queued_scores, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reflect(student_client, link)
        answer(student_client, link, 0, 0)  # 0%: below the pass mark, unlimited tries left
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert progress.status == ProgressStatus.IN_PROGRESS
    assert progress.score_given is None
    assert queued_scores == []


def test_using_every_try_meets_the_quiz_rule_with_the_score_earned(
    client, student, course, make_lesson, queued_scores, django_capture_on_commit_callbacks
):
    lesson = make_lesson("two-tries", pass_mark=100, quiz_attempts=2)
    link = placed_link(course=course, resource_link_id="rl-2", lesson=lesson, score_maximum=20)
    client.force_login(student)
    with django_capture_on_commit_callbacks(execute=True):
        reflect(client, link)
        answer(client, link, 1, 0)
        answer(client, link, 0, 0)
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert progress.status == ProgressStatus.COMPLETED
    assert progress.score_given == Decimal("10.00")  # the best try, 50%, of 20
    assert len(queued_scores) == 1


def test_a_better_retry_after_completion_queues_the_new_score_once(
    student_client, student, link, queued_scores, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer(student_client, link, 1, 0)
        reflect(student_client, link)
        answer(student_client, link, 0, 0)  # worse: best is kept, nothing new to send
        answer(student_client, link, 1, 1)  # better
    assert [call[2] for call in queued_scores] == [Decimal("5.00"), Decimal("10.00")]


def test_a_lesson_without_a_quiz_gives_full_marks_on_completion(
    client, student, course, make_lesson, queued_scores, django_capture_on_commit_callbacks
):
    lesson = make_lesson("no-quiz", body=lesson_body(quiz=False), completion_rules=["all_steps"])
    link = placed_link(course=course, resource_link_id="rl-nq", lesson=lesson, score_maximum=1)
    client.force_login(student)
    with django_capture_on_commit_callbacks(execute=True):
        for key in ("read", "activity", "mindfulness", "family"):
            client.post(step_url(link, key), {"action": "done"})
        client.post(
            step_url(link, "discussion"),
            {"text": "Hi.", "token": "6b0b7f8e-2f33-4d0e-8f5e-0e7f1b2c3d4e"},
        )
        assert queued_scores == []
        reflect(client, link)
    assert queued_scores[0][2] == Decimal("1.00")


def test_the_summary_shows_the_score_sent_to_the_gradebook(
    student_client, link, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer(student_client, link, 1, 1)
        reflect(student_client, link)
    html = student_client.get(reverse("curriculum:learn_summary", args=[link.pk])).content.decode()
    assert "You have completed this lesson" in html
    assert "10 out of 10" in html
    assert "✓ Done: Pass the quiz" in html


def test_the_discussion_rule_needs_a_post_in_this_courses_thread(
    client, student, course, make_lesson, queued_scores, django_capture_on_commit_callbacks
):
    lesson = make_lesson("talk", completion_rules=["discussion"])
    link = placed_link(course=course, resource_link_id="rl-talk", lesson=lesson)
    client.force_login(student)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            step_url(link, "discussion"),
            {"text": "My view.", "token": "9c1e5b7a-0f44-4c3a-9d2b-1a2b3c4d5e6f"},
        )
    assert (
        LessonProgress.objects.get(user=student, resource_link=link).status
        == ProgressStatus.COMPLETED
    )
    assert len(queued_scores) == 1
