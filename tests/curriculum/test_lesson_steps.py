"""A launched lesson shows its steps in order, saves each one on the server, and resumes."""

import re

import pytest
from django.urls import reverse

from curriculum.models import LessonProgress
from curriculum.steps import lesson_steps
from tests.curriculum.conftest import step_url

pytestmark = pytest.mark.django_db


def test_steps_come_in_the_fixed_order_whatever_the_order_of_the_blocks(lesson):
    keys = [step.key for step in lesson_steps(lesson.body)]
    assert keys == ["read", "activity", "quiz", "reflection", "discussion", "mindfulness", "family"]


def test_reading_and_watching_blocks_make_one_step(lesson):
    read = lesson_steps(lesson.body)[0]
    assert [b.block_type for b in read.blocks] == ["rich_text", "video"]


def test_a_kind_the_lesson_lacks_is_left_out(make_lesson):
    from tests.curriculum.conftest import lesson_body

    lesson = make_lesson("no-talk", body=lesson_body(discussion=False, quiz=False))
    assert [s.key for s in lesson_steps(lesson.body)] == [
        "read",
        "activity",
        "reflection",
        "mindfulness",
        "family",
    ]


def test_each_step_page_shows_a_labelled_progress_bar_and_the_step_list(student_client, link):
    html = student_client.get(step_url(link, "activity")).content.decode()
    assert "Step 2 of 7. 0 of 7 steps done." in html
    assert '<progress max="7" value="0" aria-labelledby="progress-label">' in html
    assert 'aria-current="step"><span class="steps__title">Activity</span></a>' in html
    assert "Passphrase builder" in html


def test_finishing_a_step_saves_it_on_the_server_and_moves_on(student_client, student, link):
    response = student_client.post(step_url(link, "read"), {"action": "done"})
    assert response.status_code == 302
    assert response["Location"] == step_url(link, "activity")
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert progress.steps_done == ["read"]
    html = student_client.get(step_url(link, "activity")).content.decode()
    assert "1 of 7 steps done" in html
    assert 'Read and watch</span></a> <span class="step-state">(done)</span>' in html


def test_a_student_who_closes_the_tab_resumes_where_they_left_off(client, student, link):
    client.force_login(student)
    client.get(step_url(link, "mindfulness"))
    client.logout()

    client.force_login(student)  # a new launch from the LMS, another day
    response = client.get(reverse("curriculum:learn", args=[link.pk]))
    assert response["Location"] == step_url(link, "mindfulness")


def test_finishing_a_step_twice_records_it_once(student_client, student, link):
    for _ in range(2):
        student_client.post(step_url(link, "activity"), {"action": "done"})
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert progress.steps_done == ["activity"]
    assert LessonProgress.objects.filter(user=student).count() == 1


def test_the_last_step_leads_to_the_summary(student_client, link):
    response = student_client.post(step_url(link, "family"), {"action": "done"})
    assert response["Location"] == reverse("curriculum:learn_summary", args=[link.pk])
    html = student_client.get(response["Location"]).content.decode()
    assert "Not finished yet" in html
    assert re.search(r"Still to do: (<a [^>]*>)?Write your reflection", html)


def test_time_spent_counts_short_gaps_and_ignores_long_breaks(student, link):
    from datetime import timedelta

    from django.utils import timezone

    from curriculum.steps.record import visit_step

    start = timezone.now()
    visit_step(student, link, "read", now=start)
    visit_step(student, link, "activity", now=start + timedelta(minutes=3))
    visit_step(student, link, "quiz", now=start + timedelta(hours=5))  # came back after lunch
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert progress.time_spent_seconds == 180
    assert progress.last_activity_at == start + timedelta(hours=5)
