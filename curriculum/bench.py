"""How long the teacher dashboard takes for a large class: `python -m curriculum.bench`.

Builds, in a private in-memory SQLite database (never the configured one), the real 24 lessons
from lessons_content/ assigned to one course of 200 students with a realistic spread of work,
then renders the dashboard and the CSV export several times and prints the median server time
and the number of queries. The LMS roster is answered from the course's own memberships, so
the figures are this code's cost, not an LMS's.

    python -m curriculum.bench [--students 200] [--renders 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import types
import uuid
from datetime import timedelta
from decimal import Decimal


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "upstander.settings.test")
    # Always a throwaway database: the bench must never write into a real one.
    os.environ["DATABASE_URL"] = "sqlite://:memory:"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)


def _answer_roster_from_memberships() -> None:
    def course_roster(course):
        return [
            (m.user.lti_identity.sub, m.user.lti_identity.name, m.role)
            for m in course.memberships.select_related("user__lti_identity")
        ]

    try:
        import lti.roster as roster
    except ImportError:
        roster = types.ModuleType("lti.roster")
        sys.modules["lti.roster"] = roster
    roster.course_roster = course_roster


def build_course(students: int):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from curriculum.importer import load_curriculum
    from curriculum.models import (
        DiscussionPost,
        LessonLink,
        LessonPage,
        LessonProgress,
        ProgressStatus,
        Reflection,
    )
    from lti.models import Course, CourseMembership, LtiIdentity, Platform, ResourceLink, Role

    load_curriculum()
    issuer = "https://lms.example.edu"
    platform, _ = Platform.objects.get_or_create(
        issuer=issuer,
        client_id="bench",
        defaults={
            "name": "Bench LMS",
            "auth_login_url": issuer + "/auth",
            "auth_token_url": issuer + "/token",
            "key_set_url": issuer + "/jwks",
        },
    )
    course = Course.objects.create(
        platform=platform, deployment_id="bench", context_id="bench", title="Bench class"
    )
    lessons = list(LessonPage.objects.order_by("path"))
    links = ResourceLink.objects.bulk_create(
        ResourceLink(course=course, resource_link_id=f"rl-{lesson.pk}", score_maximum=100)
        for lesson in lessons
    )
    LessonLink.objects.bulk_create(
        LessonLink(resource_link=link, lesson=lesson)
        for link, lesson in zip(links, lessons, strict=True)
    )
    User = get_user_model()
    teacher = User.objects.create_user(username="bench-teacher")
    LtiIdentity.objects.create(user=teacher, platform=platform, sub="teacher", name="Bench Teacher")
    CourseMembership.objects.create(user=teacher, course=course, role=Role.TEACHER)
    users = User.objects.bulk_create(User(username=f"bench-{i}") for i in range(students))
    LtiIdentity.objects.bulk_create(
        LtiIdentity(user=u, platform=platform, sub=f"s{i}", name=f"Student {i:03}")
        for i, u in enumerate(users)
    )
    CourseMembership.objects.bulk_create(
        CourseMembership(user=u, course=course, role=Role.STUDENT) for u in users
    )
    now = timezone.now()
    progress = []
    for i, user in enumerate(users):
        for j, link in enumerate(links):
            kind = (i + j) % 10
            if kind == 0:
                continue  # not started
            done = kind >= 3
            percent = (i * 37 + j * 11) % 101
            progress.append(
                LessonProgress(
                    user=user,
                    resource_link=link,
                    status=ProgressStatus.COMPLETED if done else ProgressStatus.IN_PROGRESS,
                    current_step="quiz",
                    steps_done=["read", "activity", "quiz"],
                    started_at=now - timedelta(days=(i + j) % 40, hours=1),
                    last_activity_at=now - timedelta(days=(i + j) % 40),
                    completed_at=now - timedelta(days=(i + j) % 40) if done else None,
                    time_spent_seconds=300 + (i * j) % 1800,
                    quiz_attempts_used=1 + (i + j) % 3,
                    quiz_percent=percent,
                    quiz_passed=percent >= 70,
                    score_given=Decimal(percent) if done else None,
                )
            )
    progress = LessonProgress.objects.bulk_create(progress, batch_size=1000)
    Reflection.objects.bulk_create(
        (
            Reflection(
                progress=p,
                text="I will think before I post.",
                created_at=now,
                updated_at=now,
                read_at=now if p.pk % 2 else None,
            )
            for p in progress
            if p.status == ProgressStatus.COMPLETED
        ),
        batch_size=1000,
    )
    DiscussionPost.objects.bulk_create(
        (
            DiscussionPost(
                course=course,
                lesson_id=link.lesson_link.lesson_id,
                author=u,
                text="My view.",
                token=uuid.uuid4(),
                created_at=now,
            )
            for u in users[::2]
            for link in links[:6]
        ),
        batch_size=1000,
    )
    return course, teacher, len(links), len(progress)


def measure(client, url: str, renders: int) -> tuple[float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    queries = 0
    size = 0
    for _ in range(renders):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
        queries, size = len(captured), len(response.content)
    return statistics.median(times), queries, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--renders", type=int, default=7)
    args = parser.parse_args(argv)

    _setup()
    _answer_roster_from_memberships()
    from django.test import Client
    from django.urls import reverse

    course, teacher, lessons, rows = build_course(args.students)
    client = Client()
    client.force_login(teacher)
    print(f"course: {args.students} students x {lessons} lessons, {rows} progress rows")
    print("database: SQLite in memory")
    pages = [
        ("dashboard", reverse("curriculum:dashboard", args=[course.pk])),
        (
            "dashboard, one lesson",
            reverse("curriculum:dashboard", args=[course.pk])
            + "?lesson="
            + str(course.resource_links.order_by("pk").first().pk),
        ),
        ("CSV export", reverse("curriculum:dashboard_export", args=[course.pk])),
    ]
    for name, url in pages:
        median, queries, size = measure(client, url, args.renders)
        print(
            f"{name:24} median {median * 1000:7.1f} ms over {args.renders} renders, "
            f"{queries} queries, {size / 1024:.0f} KiB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
