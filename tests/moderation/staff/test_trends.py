"""Trends that teach: a category rising in a course recommends lessons, with counts only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from moderation.flags.trends import (
    CATEGORY_STRANDS,
    CategoryCounts,
    course_counts,
    course_recommendations,
    rising,
)
from moderation.models import Flag


def test_it_rises_above_twice_the_usual_level_with_at_least_three_from_two_students():
    # Baseline 8 in 8 weeks: 1 a week, so 2 is usual for 14 days; more than 4 is a rise.
    assert [t.category for t in rising({"bullying": CategoryCounts(5, 8, 2)})] == ["bullying"]
    assert rising({"bullying": CategoryCounts(4, 8, 3)}) == []


def test_a_quiet_category_needs_at_least_three_flags():
    assert rising({"hate": CategoryCounts(2, 0, 2)}) == []
    assert [t.recent for t in rising({"hate": CategoryCounts(3, 0, 2)})] == [3]


def test_one_students_run_of_posts_is_not_a_class_trend():
    assert rising({"bullying": CategoryCounts(6, 0, 1)}) == []


def test_the_trend_names_its_strands_and_weekly_average():
    (trend,) = rising({"bullying": CategoryCounts(9, 4, 3)})
    assert trend.strands[0] == "cyberbullying-upstander"
    assert trend.weekly_average == 0.5
    assert trend.label == "Bullying and trolling"


def test_every_category_has_a_mapping_to_real_strands():
    import yaml

    from moderation.models import Category

    with open("lessons_content/strands.yaml") as f:
        strands = {s["slug"] for s in yaml.safe_load(f)}
    assert set(CATEGORY_STRANDS) == set(Category.values)
    assert all(set(v) <= strands for v in CATEGORY_STRANDS.values())


@pytest.fixture
def students(course):
    from lti.models import CourseMembership, Role

    users = [get_user_model().objects.create_user(f"s{i}") for i in range(3)]
    for u in users:
        CourseMembership.objects.create(course=course, user=u, role=Role.STUDENT)
    return users


def flags(make_flag, course, students, n, *, days_ago, category="bullying", **kw):
    for i in range(n):
        make_flag(
            course=course,
            student=students[i % len(students)],
            category=category,
            age=timedelta(days=days_ago, hours=i),
            **kw,
        )


@pytest.mark.django_db
def test_course_counts_split_recent_and_baseline_and_skip_false_positives(
    make_flag, course, other_course, students
):
    flags(make_flag, course, students, 4, days_ago=2)
    flags(make_flag, course, students, 3, days_ago=30)
    flags(make_flag, course, students, 2, days_ago=100)  # too old for the baseline
    flags(make_flag, other_course, students, 5, days_ago=1)
    make_flag(course=course, student=students[0], status=Flag.Status.RESOLVED, age=timedelta(1))
    Flag.objects.filter(pk=Flag.objects.latest("pk").pk).update(outcome="false_positive")
    assert course_counts(course) == {"bullying": CategoryCounts(4, 3, 3)}


@pytest.mark.django_db
def test_recommendations_list_the_strands_lessons(make_flag, course, students, make_lesson):
    # Slugs of our own: the real curriculum may be loaded beside these lessons.
    make_lesson("trend-upstander-one", strand="cyberbullying-upstander")
    make_lesson("trend-upstander-two", strand="cyberbullying-upstander")
    make_lesson("trend-passwords", strand="online-safety")
    flags(make_flag, course, students, 4, days_ago=3)
    (rec,) = course_recommendations(course, now=timezone.now())
    assert rec.trend.category == "bullying" and rec.trend.recent == 4
    titles = [lesson.title for lesson in rec.lessons]
    assert "Trend Upstander One" in titles and "Trend Upstander Two" in titles
    assert "Trend Passwords" not in titles


@pytest.mark.django_db
def test_no_rise_no_panel_and_no_extra_queries(course, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert course_recommendations(course) == []


@pytest.mark.django_db
def test_the_teacher_dashboard_recommends_lessons_with_counts_and_no_names(
    client, teacher, course, students, make_flag, make_lesson
):
    make_lesson("trend-upstander-one", strand="cyberbullying-upstander")
    for i, student in enumerate(students):
        student.username = f"pupil-{i}"
        student.save()
    flags(make_flag, course, students, 5, days_ago=1, text="you are a loser")
    client.force_login(teacher)
    html = client.get(reverse("curriculum:dashboard", args=[course.pk])).content.decode()
    assert "loser" not in html
    start = html.index('<section aria-labelledby="trends-heading"')
    panel = html[start : html.index("</section>", start)]
    assert "Lessons your class may need now" in panel
    assert "5 flagged posts in the last 14 days" in panel
    assert "Trend Upstander One" in panel
    assert "pupil-" not in panel


@pytest.mark.django_db
def test_the_dashboard_stays_quiet_without_a_rise(client, teacher, course, make_flag, students):
    flags(make_flag, course, students, 2, days_ago=1)
    client.force_login(teacher)
    html = client.get(reverse("curriculum:dashboard", args=[course.pk])).content.decode()
    assert "Lessons your class may need now" not in html
