"""An editor loads the lessons: each page is saved three times as it is written (added, its
revision saved, published), yet indexed for search once, when the load ends; search finds it
and the admin knows which pictures it uses as soon as the load returns. A page the editor
changes afterwards is indexed again at its own save, as before any load."""

import shutil
from collections import Counter
from pathlib import Path

import pytest
from modelsearch import index as search_index
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex

from curriculum.importer import load_curriculum
from curriculum.models import FamilyResourcePage, LessonPage, UnitPage
from curriculum.services import search_curriculum
from lessons_content.format import CONTENT_DIR

from .samples import GOOD_FAMILY_PAGE, GOOD_LESSON

pytestmark = pytest.mark.django_db

PICTURE = "images/lessons/online-safety/passphrase-power.svg"
LESSON_WITH_A_PICTURE = GOOD_LESSON.replace(
    "Passwords keep our accounts ours.\n",
    "Passwords keep our accounts ours.\n\n"
    f"::: image {PICTURE}\nA padlock beside a long password made of four words.\n:::\n",
)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    shutil.copy(CONTENT_DIR / "strands.yaml", tmp_path / "strands.yaml")
    (tmp_path / "lessons" / "online-safety").mkdir(parents=True)
    (tmp_path / "family").mkdir()
    (tmp_path / Path(PICTURE).parent).mkdir(parents=True)
    shutil.copy(CONTENT_DIR / PICTURE, tmp_path / PICTURE)
    lesson = tmp_path / "lessons" / "online-safety" / "strong-passwords.md"
    lesson.write_text(LESSON_WITH_A_PICTURE)
    (tmp_path / "family" / "privacy-together.md").write_text(GOOD_FAMILY_PAGE)
    return tmp_path


@pytest.fixture
def indexed_for_search(monkeypatch) -> Counter:
    """How many times each object was written to the search index, by (model, pk)."""
    counts: Counter = Counter()
    index_object = search_index.insert_or_update_object

    def counting(instance):
        counts[(type(instance), instance.pk)] += 1
        return index_object(instance)

    monkeypatch.setattr(search_index, "insert_or_update_object", counting)
    return counts


def test_each_page_the_load_writes_is_indexed_once_and_found_when_it_returns(
    content, indexed_for_search
):
    report = load_curriculum(content)

    lesson = LessonPage.objects.get(slug="strong-passwords")
    guide = FamilyResourcePage.objects.get(slug="privacy-together")
    unit = UnitPage.objects.get(strand="online-safety")
    assert "lessons/online-safety/strong-passwords.md" in report.created
    for page in (lesson, guide):
        assert indexed_for_search[(type(page), page.pk)] == 1, page.title
    # The strand's unit page is written (and indexed once) only if an earlier load in this
    # database has not already written it from the same strands.yaml.
    assert indexed_for_search[(type(unit), unit.pk)] <= 1, unit.title
    assert set(indexed_for_search.values()) == {1}
    assert lesson in search_curriculum("passwords").lessons
    assert guide in search_curriculum("privacy").family_pages


def test_the_admin_lists_the_lesson_among_the_places_its_picture_is_used(content):
    load_curriculum(content)

    lesson = LessonPage.objects.get(slug="strong-passwords")
    picture = get_image_model().objects.get(title=PICTURE)
    users = {(ref.object_id, ref.content_path) for ref in ReferenceIndex.get_references_to(picture)}
    # Among them: the real curriculum, if an earlier load in this database wrote it, uses the
    # same picture in its own lessons.
    from_this_lesson = {path for object_id, path in users if object_id == str(lesson.pk)}
    assert from_this_lesson
    assert all(path.startswith("body.") for path in from_this_lesson)


def test_a_lesson_edited_after_the_load_is_indexed_again_at_its_save(content, indexed_for_search):
    load_curriculum(content)
    lesson = LessonPage.objects.get(slug="strong-passwords")
    assert lesson not in search_curriculum("unguessable").lessons

    lesson.title = "Unguessable Passphrases"
    lesson.save_revision().publish()

    assert indexed_for_search[(LessonPage, lesson.pk)] > 1
    assert lesson in search_curriculum("unguessable").lessons
    assert LessonPage.objects.get(pk=lesson.pk).title == "Unguessable Passphrases"
