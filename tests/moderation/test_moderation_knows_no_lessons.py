"""Moderation depends on nothing in curriculum: it reaches the lesson flow's copies of a
student's words, and the lessons trends suggest, only through hooks curriculum registers."""

import ast
from pathlib import Path

import pytest

import moderation
from moderation import hooks, privacy
from moderation.flags import trends
from moderation.models import ModeratedPost

MODERATION = Path(moderation.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_moderation_module_imports_curriculum():
    offenders = {
        str(path.relative_to(MODERATION)): sorted(
            name for name in _imported_modules(path) if name.split(".")[0] == "curriculum"
        )
        for path in MODERATION.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


@pytest.fixture
def without_registered_hooks(monkeypatch):
    monkeypatch.setattr(hooks, "_student_texts", {})
    monkeypatch.setattr(hooks, "_lesson_finders", {})


@pytest.mark.django_db
def test_without_curriculum_a_students_export_and_erasure_cover_moderations_own_records(
    django_user_model, without_registered_hooks
):
    student = django_user_model.objects.create_user(username="robin")
    ModeratedPost.objects.create(source="api", author=student, text="my words")
    exported = privacy.export_student_data(student)
    assert [p["text"] for p in exported["moderated_posts"]] == ["my words"]
    assert "discussion_posts" not in exported
    assert privacy.erase_student_data(student)["moderated_posts"] == 1
    assert privacy.purge_expired() is not None


@pytest.mark.django_db
def test_curriculum_registers_its_texts_and_lessons_when_the_project_starts():
    registered = {type(texts).__module__ for texts in hooks.student_texts()}
    assert registered == {"curriculum.moderation_hooks"}
    assert trends.lessons_in_strands({"no-such-strand"}) == {}
