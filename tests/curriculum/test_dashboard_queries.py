"""The dashboard reads a fixed number of queries, however many students the course has."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from curriculum.models import DiscussionPost, LessonProgress, ProgressStatus, Reflection
from lti.models import CourseMembership, LtiIdentity, Role
from tests.curriculum.placing import placed_link

pytestmark = pytest.mark.django_db


def add_students(course, links, start: int, count: int) -> None:
    now = timezone.now()
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"load-{i}") for i in range(start, start + count)
    )
    LtiIdentity.objects.bulk_create(
        LtiIdentity(
            user=u,
            platform=course.platform,
            sub=f"sub-load-{u.username}",
            name=f"Load {u.username}",
        )
        for u in users
    )
    CourseMembership.objects.bulk_create(
        CourseMembership(user=u, course=course, role=Role.STUDENT) for u in users
    )
    progress = LessonProgress.objects.bulk_create(
        LessonProgress(
            user=u,
            resource_link=link,
            status=ProgressStatus.COMPLETED,
            started_at=now - timedelta(days=i % 9),
            last_activity_at=now,
            completed_at=now - timedelta(days=i % 9),
            quiz_percent=(i * 7) % 101,
            quiz_passed=True,
            score_given=Decimal(i % 11),
            time_spent_seconds=600,
        )
        for i, u in enumerate(users)
        for link in links
    )
    Reflection.objects.bulk_create(
        Reflection(progress=p, text="thoughts", created_at=now, updated_at=now)
        for p in progress[::3]
    )
    DiscussionPost.objects.bulk_create(
        DiscussionPost(
            course=course,
            lesson=links[0].lesson_link.lesson,
            author=u,
            text="hi",
            token=f"00000000-0000-4000-8000-{i:012d}",
            created_at=now,
        )
        for i, u in enumerate(users, start=start)
    )


# The dashboard's fixed cost. One read of Wagtail's cached site root paths (a query on the
# database cache) comes or goes with what earlier tests left in that cache, so the bound
# allows it; what must never happen is a count that grows with the class.
DASHBOARD_QUERIES = 16


def render_count(client, course, **params) -> int:
    url = reverse("curriculum:dashboard", args=[course.pk])
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_the_number_of_students(
    client, teacher, course, make_lesson
):
    links = [
        placed_link(course=course, resource_link_id=f"rl-{n}", lesson=make_lesson(f"l-{n}"))
        for n in range(3)
    ]
    client.force_login(teacher)
    add_students(course, links, 0, 10)
    render_count(client, course)  # warms the caches (e.g. the LMS origins that may frame it)
    with_ten = render_count(client, course)
    add_students(course, links, 10, 40)
    with_fifty = render_count(client, course)
    assert with_fifty == with_ten
    assert with_fifty <= DASHBOARD_QUERIES


def test_filters_and_the_csv_export_keep_the_query_count_bounded(
    client, teacher, course, make_lesson, django_assert_max_num_queries
):
    links = [placed_link(course=course, resource_link_id="rl-a", lesson=make_lesson("a"))]
    add_students(course, links, 0, 60)
    client.force_login(teacher)
    render_count(client, course)  # warms the caches (e.g. the LMS origins that may frame it)
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        client.get(
            reverse("curriculum:dashboard", args=[course.pk]),
            {"lesson": links[0].pk, "status": "completed", "sort": "-score"},
        )
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        client.get(reverse("curriculum:dashboard_export", args=[course.pk]))
