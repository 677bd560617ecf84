"""Teacher notes: the teacher reads "before the lesson, print the cards"; the student never does.

The lesson here is a real content file loaded by the real loader, its teacher note written
just before the activity it prepares.
"""

from __future__ import annotations

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from curriculum.blocks import CalloutBlock
from curriculum.importer import load_curriculum
from curriculum.models import LessonPage
from lessons_content import format as fmt
from lessons_content.format import CONTENT_DIR
from lti.models import Role
from tests.curriculum.conftest import step_url
from tests.curriculum.placing import placed_link
from tests.personas import enrol, lms_user
from tools.convert_teacher_callouts import convert_text

from .samples import GOOD_FAMILY_PAGE, GOOD_LESSON

NOTE = "Before the lesson, print one set of password cards per pair."
SAFEGUARDING = "If a child says someone asked for their password, tell the safeguarding lead."

LESSON_WITH_NOTES = GOOD_LESSON.replace(
    "::: activity Password makeover",
    f"::: teacher Preparing the cards\n{NOTE}\n:::\n\n::: activity Password makeover",
).replace(
    "::: discussion",
    f"::: teacher\n{SAFEGUARDING}\n:::\n\n::: discussion",
)


def content_folder(tmp_path: Path, lesson_text: str, family_text: str = GOOD_FAMILY_PAGE) -> Path:
    shutil.copy(CONTENT_DIR / "strands.yaml", tmp_path / "strands.yaml")
    (tmp_path / "lessons" / "online-safety").mkdir(parents=True)
    (tmp_path / "family").mkdir()
    (tmp_path / "lessons" / "online-safety" / "strong-passwords.md").write_text(lesson_text)
    (tmp_path / "family" / "privacy-together.md").write_text(family_text)
    return tmp_path


@pytest.fixture
def lesson(db, tmp_path) -> LessonPage:
    load_curriculum(content_folder(tmp_path, LESSON_WITH_NOTES))
    return LessonPage.objects.get(slug="strong-passwords")


@pytest.fixture
def lesson_link(course, lesson):
    return placed_link(course=course, resource_link_id="rl-notes", lesson=lesson)


def every_step_html(client, link) -> str:
    from curriculum.steps import lesson_steps

    keys = [step.key for step in lesson_steps(link.lesson_link.lesson.body)]
    pages = [client.get(step_url(link, key)) for key in keys]
    assert all(page.status_code == 200 for page in pages)
    return "".join(page.content.decode() for page in pages)


# --- In the LMS ----------------------------------------------------------------------------


def test_a_student_launched_as_a_student_never_gets_a_teacher_note_in_any_step(
    client, student, lesson_link
):
    client.force_login(student)
    html = every_step_html(client, lesson_link)
    assert "Password makeover" in html  # the activity the note prepares is there
    assert NOTE not in html and SAFEGUARDING not in html
    assert "teacher-note" not in html and "block--teacher_note" not in html


def test_a_member_whose_lms_sent_no_known_role_is_treated_as_a_student(client, course, lesson_link):
    member = lms_user("nora", "Nora Norole", sub="sub-nora")
    enrol(member, course, Role.NONE)
    client.force_login(member)
    assert NOTE not in every_step_html(client, lesson_link)


def test_the_teacher_of_the_course_reads_each_note_with_the_step_it_prepares(
    client, teacher, lesson_link
):
    client.force_login(teacher)
    activity = client.get(step_url(lesson_link, "activity")).content.decode()
    assert NOTE in activity and "Preparing the cards" in activity
    assert "students do not see this" in activity
    discussion = client.get(step_url(lesson_link, "discussion")).content.decode()
    assert SAFEGUARDING in discussion and NOTE not in discussion
    assert NOTE not in client.get(step_url(lesson_link, "read")).content.decode()


def test_a_teacher_of_another_course_is_a_student_in_this_one(client, course, lesson_link):
    # Teaching one class gives no teacher view of a class where the LMS says you are a student.
    teaching_elsewhere = lms_user("tom", "Tom Twohats", sub="sub-tom")
    enrol(teaching_elsewhere, course, Role.STUDENT)
    from tests.personas import lms_course

    enrol(teaching_elsewhere, lms_course("ctx-other", "Year 9"), Role.TEACHER)
    client.force_login(teaching_elsewhere)
    assert NOTE not in every_step_html(client, lesson_link)


# --- On the public lesson page -------------------------------------------------------------


def test_the_public_lesson_page_that_teachers_plan_from_shows_the_notes(client, lesson):
    html = client.get(lesson.url).content.decode()
    assert NOTE in html and SAFEGUARDING in html
    # In the body where the author wrote it: just before the activity it prepares.
    assert html.index(NOTE) < html.index("Password makeover")


def test_a_content_editor_sees_the_notes_on_the_page(client, lesson, django_user_model):
    editor = django_user_model.objects.create_user("edie", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))  # Wagtail's own group
    client.force_login(editor)
    assert NOTE in client.get(lesson.url).content.decode()


def test_a_note_rendered_without_a_decision_about_the_reader_shows_nothing(lesson):
    note = next(block for block in lesson.body if block.block_type == "teacher_note")
    assert note.render_as_block() == ""
    assert note.render_as_block({"teacher_notes_visible": True}).count(NOTE) == 1


def test_public_search_does_not_find_a_lesson_by_its_teacher_notes(client, lesson):
    html = client.get("/search/", {"q": "password cards per pair"}).content.decode()
    assert lesson.title not in html


# --- Writing notes -------------------------------------------------------------------------


def check_output(folder: Path) -> str:
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("load_lessons", "--check", "--path", str(folder), stderr=err)
    return err.getvalue()


def line_of(text: str, needle: str) -> int:
    return text.split("\n").index(needle) + 1


def test_check_refuses_an_empty_teacher_note_with_file_and_line(tmp_path):
    broken = GOOD_LESSON.replace("::: discussion", "::: teacher\n\n:::\n\n::: discussion")
    errors = check_output(content_folder(tmp_path, broken))
    where = f"strong-passwords.md:{line_of(broken, '::: teacher')}:"
    assert where in errors and "'::: teacher' is empty" in errors


def test_check_refuses_a_teacher_note_left_open_with_file_and_line(tmp_path):
    broken = GOOD_LESSON.replace(
        "::: discussion", "::: teacher\nPrint the cards.\n\n::: discussion"
    )
    errors = check_output(content_folder(tmp_path, broken))
    assert f"strong-passwords.md:{line_of(broken, '::: discussion')}:" in errors
    assert "a new block starts before '::: teacher'" in errors


def test_check_refuses_teacher_directions_written_as_a_callout_students_would_see(tmp_path):
    broken = GOOD_LESSON.replace(
        "::: discussion", "::: callout note For teachers\nPrint the cards.\n:::\n\n::: discussion"
    )
    errors = check_output(content_folder(tmp_path, broken))
    assert f"strong-passwords.md:{line_of(broken, '::: callout note For teachers')}:" in errors
    assert "write it as '::: teacher'" in errors


def test_check_refuses_a_teacher_note_in_a_family_page_which_has_no_teacher(tmp_path):
    family = GOOD_FAMILY_PAGE + "\n::: teacher\nHand this out at parents' evening.\n:::\n"
    errors = check_output(content_folder(tmp_path, GOOD_LESSON, family))
    assert f"privacy-together.md:{line_of(family, '::: teacher')}:" in errors
    assert "family pages cannot hold a '::: teacher' note" in errors


def test_the_admin_refuses_a_teacher_callout_in_the_loaders_words(tmp_path):
    from wagtail.blocks.struct_block import StructBlockValidationError

    block = CalloutBlock()
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python({"style": "note", "title": "Teacher note", "body": "<p>x</p>"}))
    path = content_folder(tmp_path, GOOD_LESSON)
    with pytest.raises(fmt.ContentError) as loader:
        fmt.parse_lesson(
            path / "lessons/online-safety/strong-passwords.md",
            GOOD_LESSON.replace("callout warm-up Secrets", "callout note Teacher note"),
        )
    assert caught.value.non_block_errors.as_data()[0].messages == [loader.value.message]


def test_a_callout_that_tells_students_to_ask_a_teacher_stays_a_callout(tmp_path):
    text = GOOD_LESSON.replace(
        "::: discussion",
        "::: callout safety Tell a teacher\nYou can always tell.\n:::\n\n::: discussion",
    )
    spec = fmt.parse_lesson(
        content_folder(tmp_path, text) / "lessons/online-safety/strong-passwords.md"
    )
    assert "callout" in [b.kind for b in spec.blocks if getattr(b, "title", "") == "Tell a teacher"]


def test_the_converter_rewrites_only_the_opening_line_and_a_second_run_changes_nothing():
    old = (
        "Intro.\n\n::: callout note For teachers\nPrint the cards.\n:::\n\n"
        "::: callout note Preparing the activity\nShuffle the deck.\n:::\n\n"
        "::: callout safety Tell a teacher\nYou can always tell.\n:::\n"
    )
    new, count = convert_text(old, {"preparing the activity"})
    assert count == 2
    assert new == (
        "Intro.\n\n::: teacher\nPrint the cards.\n:::\n\n"
        "::: teacher Preparing the activity\nShuffle the deck.\n:::\n\n"
        "::: callout safety Tell a teacher\nYou can always tell.\n:::\n"
    )
    assert convert_text(new, {"preparing the activity"}) == (new, 0)


def test_no_lesson_in_the_library_shows_teacher_directions_as_a_callout():
    curriculum = fmt.read_curriculum(CONTENT_DIR)
    assert not [e for e in curriculum.errors if "'::: teacher'" in e.message]
    notes = [b for lesson in curriculum.lessons for b in lesson.blocks if b.kind == "teacher_note"]
    assert len(notes) >= 48


def test_check_refuses_a_teacher_note_title_the_admin_could_not_hold(tmp_path):
    title = "Before the lesson " * 12
    broken = GOOD_LESSON.replace(
        "::: discussion", f"::: teacher {title}\nPrint.\n:::\n\n::: discussion"
    )
    errors = check_output(content_folder(tmp_path, broken))
    assert f"strong-passwords.md:{line_of(broken, f'::: teacher {title}')}:" in errors
    assert "title is over 200 characters" in errors
