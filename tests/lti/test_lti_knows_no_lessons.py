"""lti depends on nothing of curriculum (issue 11): the picker and what a launch opens are
curriculum's, and the link → lesson association moved to curriculum with every existing one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import lti

LTI_DIR = Path(lti.__file__).parent


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_no_lti_module_imports_curriculum():
    offenders = {
        str(path.relative_to(LTI_DIR)): sorted(
            name for name in imported_modules(path) if name.split(".")[0] == "curriculum"
        )
        for path in LTI_DIR.rglob("*.py")
        if "migrations" not in path.parts
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_no_lti_model_points_at_a_curriculum_model():
    from django.apps import apps

    for model in apps.get_app_config("lti").get_models():
        for field in model._meta.get_fields():
            related = getattr(field, "related_model", None)
            if related is not None and field.concrete:
                assert related._meta.app_label != "curriculum", f"{model.__name__}.{field.name}"


BEFORE = [
    ("lti", "0009_resource_link_lesson_optional"),
    ("curriculum", "0003_held_for_staff_label"),
]
AFTER = [
    ("lti", "0010_resource_link_lesson_moves_to_curriculum"),
    ("curriculum", "0004_lesson_link"),
]


@pytest.mark.django_db(transaction=True)
def test_every_placed_link_still_opens_its_lesson_after_the_association_moves_to_curriculum():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Platform = old.get_model("lti", "Platform")
    Course = old.get_model("lti", "Course")
    ResourceLink = old.get_model("lti", "ResourceLink")
    LessonPage = old.get_model("curriculum", "LessonPage")
    ContentType = old.get_model("contenttypes", "ContentType")
    page_type, _ = ContentType.objects.get_or_create(app_label="curriculum", model="lessonpage")
    locale, _ = old.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="en")
    lessons = [
        LessonPage.objects.create(
            title=title,
            slug=title.lower(),
            path=f"00019999{n:04}",
            depth=2,
            content_type=page_type,
            locale=locale,
            grade_band="3-5",
            duration_minutes=10,
            summary="",
            objectives="",
            body="[]",
        )
        for n, title in enumerate(["Passwords", "Rumours"], start=1)
    ]
    platform = Platform.objects.create(name="LMS", issuer="https://lms.example", client_id="c")
    course = Course.objects.create(platform=platform, deployment_id="d", context_id="c1")
    placed = {
        ResourceLink.objects.create(
            course=course, resource_link_id=f"rl-{lesson.pk}", lesson=lesson
        ).pk: lesson.pk
        for lesson in lessons
    }

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    LessonLink = new.get_model("curriculum", "LessonLink")
    assert dict(LessonLink.objects.values_list("resource_link_id", "lesson_id")) == placed
    assert "lesson" not in {f.name for f in new.get_model("lti", "ResourceLink")._meta.fields}

    # And back: undoing the move gives each link its lesson again.
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    undone = executor.loader.project_state(BEFORE).apps
    rows = undone.get_model("lti", "ResourceLink").objects.values_list("pk", "lesson_id")
    assert dict(rows) == placed
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
