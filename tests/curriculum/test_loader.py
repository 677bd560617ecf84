"""`manage.py load_lessons`: an editor's files become pages, again and again, without duplicates."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from curriculum.importer import ContentLoadError, load_curriculum
from curriculum.models import FamilyResourcePage, LessonPage, UnitPage
from lessons_content.format import CONTENT_DIR

from .samples import GOOD_FAMILY_PAGE, GOOD_LESSON

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(tmp_path: Path) -> Path:
    shutil.copy(CONTENT_DIR / "strands.yaml", tmp_path / "strands.yaml")
    (tmp_path / "lessons" / "online-safety").mkdir(parents=True)
    (tmp_path / "family").mkdir()
    (tmp_path / "lessons" / "online-safety" / "strong-passwords.md").write_text(GOOD_LESSON)
    (tmp_path / "family" / "privacy-together.md").write_text(GOOD_FAMILY_PAGE)
    return tmp_path


def lesson_revisions(page: LessonPage) -> int:
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


def test_a_first_load_creates_live_pages_under_their_strand(content):
    report = load_curriculum(content)
    lesson = LessonPage.objects.get(slug="strong-passwords")
    assert lesson.live
    assert lesson.get_parent().specific == UnitPage.objects.get(strand="online-safety")
    assert lesson.grade_band == "3-5" and lesson.duration_minutes == 40
    assert sorted(s.code for s in lesson.standards.all()) == ["digital-hygiene", "iste-1.2d"]
    assert [t.name for t in lesson.tags.all()] == ["passwords"]
    assert [b.block_type for b in lesson.body][:3] == ["rich_text", "callout", "activity"]
    assert FamilyResourcePage.objects.get(slug="privacy-together").live
    assert {"lessons/online-safety/strong-passwords.md", "family/privacy-together.md"} <= set(
        report.created
    )
    assert len(report.created) + len(report.unchanged) == 8 + 2  # eight strands, a lesson, a guide


def test_a_second_load_of_unchanged_files_writes_nothing(content):
    load_curriculum(content)
    lesson = LessonPage.objects.get(slug="strong-passwords")
    revisions = lesson_revisions(lesson)
    report = load_curriculum(content)
    assert report.created == [] and report.updated == []
    assert lesson_revisions(lesson) == revisions
    assert LessonPage.objects.filter(slug="strong-passwords").count() == 1


def test_an_edited_file_becomes_a_new_revision_of_the_same_page(content):
    load_curriculum(content)
    lesson = LessonPage.objects.get(slug="strong-passwords")
    revisions = lesson_revisions(lesson)
    path = content / "lessons" / "online-safety" / "strong-passwords.md"
    path.write_text(GOOD_LESSON.replace("title: Strong Passwords", "title: Stronger Passwords"))
    report = load_curriculum(content)
    assert report.updated == ["lessons/online-safety/strong-passwords.md"]
    lesson.refresh_from_db()
    assert lesson.title == "Stronger Passwords"
    assert lesson_revisions(lesson) == revisions + 1
    assert LessonPage.objects.filter(slug="strong-passwords").count() == 1


def test_a_lesson_moved_to_another_strand_moves_its_page(content):
    load_curriculum(content)
    path = content / "lessons" / "online-safety" / "strong-passwords.md"
    path.write_text(GOOD_LESSON.replace("strand: online-safety", "strand: digital-footprint"))
    load_curriculum(content)
    lesson = LessonPage.objects.get(slug="strong-passwords")
    assert lesson.get_parent().specific.strand == "digital-footprint"


def test_a_broken_file_stops_the_load_and_writes_nothing(content):
    load_curriculum(content)
    good = content / "lessons" / "online-safety" / "strong-passwords.md"
    good.write_text(GOOD_LESSON.replace("title: Strong Passwords", "title: Changed"))
    broken = content / "lessons" / "online-safety" / "broken.md"
    broken.write_text(
        GOOD_LESSON.replace("slug: strong-passwords", "slug: broken").replace(
            "* purple-bicycle-under-rain", "- purple-bicycle-under-rain"
        )
    )
    with pytest.raises(ContentLoadError) as caught:
        load_curriculum(content)
    assert [str(e) for e in caught.value.errors] == [
        f"{broken}:31: question 'Which is strongest?' has 0 right answers; it needs exactly one"
    ]
    assert LessonPage.objects.get(slug="strong-passwords").title == "Strong Passwords"
    assert not LessonPage.objects.filter(slug="broken").exists()


def test_two_files_with_the_same_slug_are_refused(content):
    (content / "lessons" / "online-safety" / "copy.md").write_text(GOOD_LESSON)
    with pytest.raises(ContentLoadError, match="1 content file"):
        load_curriculum(content)
    assert not LessonPage.objects.filter(slug="strong-passwords").exists()


def test_a_missing_image_is_named_and_a_present_one_is_imported(content):
    lesson = content / "lessons" / "online-safety" / "strong-passwords.md"
    lesson.write_text(GOOD_LESSON + "\n::: image images/lock.png\nA padlock.\n:::\n")
    with pytest.raises(ContentLoadError) as caught:
        load_curriculum(content)
    assert "image file 'images/lock.png' does not exist" in str(caught.value.errors[0])
    (content / "images").mkdir()
    (content / "images" / "lock.png").write_bytes(png_bytes())
    load_curriculum(content)
    image_block = list(LessonPage.objects.get(slug="strong-passwords").body)[-1]
    assert image_block.block_type == "image"
    assert image_block.value.contextual_alt_text == "A padlock."


def test_the_command_reports_errors_with_file_and_line(content):
    (content / "lessons" / "online-safety" / "strong-passwords.md").write_text("no front matter")
    err = StringIO()
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("load_lessons", path=content, stderr=err, stdout=StringIO())
    assert "strong-passwords.md:1: file must start with a '---' line" in err.getvalue()


def test_the_check_option_validates_without_writing(content):
    out = StringIO()
    call_command("load_lessons", path=content, check=True, stdout=out)
    assert "OK: 8 strands, 1 lessons, 1 family pages" in out.getvalue()
    assert not LessonPage.objects.filter(slug="strong-passwords").exists()


def test_the_whole_real_curriculum_loads_and_reloads_unchanged(curriculum):
    assert LessonPage.objects.live().count() >= 24
    assert FamilyResourcePage.objects.live().filter(language="en").count() >= 10
    assert UnitPage.objects.live().count() == 8
    again = load_curriculum()
    assert again.created == [] and again.updated == []


def png_bytes() -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (4, 4), "navy").save(buffer, format="PNG")
    return buffer.getvalue()
