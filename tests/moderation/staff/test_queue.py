"""The queue: most severe first, then oldest; filters; text blurred until revealed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from moderation.models import AuditEntry, Flag

pytestmark = pytest.mark.django_db

QUEUE = "moderation_admin:queue"


def shown(client, **params) -> list[int]:
    response = client.get(reverse(QUEUE), params)
    assert response.status_code == 200
    return [row["flag"].pk for row in response.context["rows"]]


def test_it_sorts_by_severity_then_age(client, lead, make_flag, course):
    old_low = make_flag(course=course, severity=2, age=timedelta(days=3))
    new_critical = make_flag(course=course, severity=4, age=timedelta(hours=1))
    old_critical = make_flag(course=course, severity=4, age=timedelta(days=2))
    new_low = make_flag(course=course, severity=2, age=timedelta(hours=2))
    client.force_login(lead)
    assert shown(client) == [old_critical.pk, new_critical.pk, old_low.pk, new_low.pk]


def test_it_hides_resolved_cases_unless_asked(client, lead, make_flag):
    open_flag = make_flag()
    closed = make_flag(status=Flag.Status.RESOLVED)
    client.force_login(lead)
    assert shown(client) == [open_flag.pk]
    assert shown(client, status="resolved") == [closed.pk]
    assert set(shown(client, status="all")) == {open_flag.pk, closed.pk}


def test_it_filters_by_category_status_course_and_student(
    client, lead, make_flag, course, other_course, author, student
):
    bullying = make_flag(course=course, student=author, category="bullying")
    violence = make_flag(
        course=other_course, student=student, category="violence", status=Flag.Status.ESCALATED
    )
    client.force_login(lead)
    assert shown(client, category="violence") == [violence.pk]
    assert shown(client, status="escalated") == [violence.pk]
    assert shown(client, course=course.pk) == [bullying.pk]
    assert shown(client, student=student.pk) == [violence.pk]
    assert shown(client, category="bullying", course=other_course.pk) == []


def test_bad_filter_values_are_ignored(client, lead, make_flag):
    flag = make_flag()
    client.force_login(lead)
    assert shown(client, category="nope", status="weird", course="x", student="") == [flag.pk]


def test_post_text_is_not_in_the_queue_until_revealed(client, lead, make_flag):
    flag = make_flag(text="you are a loser")
    client.force_login(lead)
    html = client.get(reverse(QUEUE)).content.decode()
    assert f'<p id="snippet-{flag.pk}" class="moderation-post" hidden></p>' in html
    assert "you are a" not in html
    assert "Reveal text" in html
    assert f'action="{reverse("moderation_admin:reveal", args=[flag.pk])}"' in html


def test_revealing_is_a_post_that_is_audited_and_then_shows_the_text(client, lead, make_flag):
    flag = make_flag(text="you are a loser")
    client.force_login(lead)
    url = reverse("moderation_admin:reveal", args=[flag.pk])
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="flag.text_revealed")
    assert (entry.actor, entry.object_type, entry.object_id) == (lead, "flag", str(flag.pk))
    assert "loser" not in str(entry.detail)
    assert "you are a" in response.content.decode()
    assert "you are a" not in client.get(reverse(QUEUE)).content.decode()


def test_revealing_from_script_answers_json(client, lead, make_flag):
    flag = make_flag()
    client.force_login(lead)
    response = client.post(
        reverse("moderation_admin:reveal", args=[flag.pk]), HTTP_ACCEPT="application/json"
    )
    assert response.json()["flag"] == flag.pk
    assert response.json()["snippet"] == "you are a loser"


def test_reveal_needs_a_csrf_token(lead, make_flag):
    from django.test import Client

    flag = make_flag()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(lead)
    assert strict.post(reverse("moderation_admin:reveal", args=[flag.pk])).status_code == 403
    assert not AuditEntry.objects.filter(action="flag.text_revealed").exists()


def test_viewing_the_queue_is_audited_without_text(client, lead, make_flag):
    flag = make_flag(text="you are a loser")
    client.force_login(lead)
    client.get(reverse(QUEUE), {"category": "bullying"})
    assert not AuditEntry.objects.exists()  # a GET writes nothing; the page's script does
    client.post(
        reverse("moderation_admin:queue_viewed"), {"flag": [flag.pk], "category": "bullying"}
    )
    entry = AuditEntry.objects.get(action="flag.queue_viewed")
    assert entry.detail["flags"] == [flag.pk]
    assert entry.detail["filters"] == {"category": "bullying", "status": "open"}
    assert "loser" not in str(entry.detail)
