"""A lesson's family tip in Spanish is marked `::: family-tip-es`: the loader reads its
language, keeps it beside the English tip (never instead of it), and allows one per language."""

from pathlib import Path

import pytest

from lessons_content import format as fmt
from lessons_content.specs import FamilyTip

from .samples import GOOD_LESSON

SPANISH_TIP = "\n::: family-tip-es Juego de frases\nInventen frases divertidas.\n:::\n"


def parse(tmp_path: Path, text: str):
    path = tmp_path / "lesson.md"
    path.write_text(text)
    return fmt.parse_lesson(path, strands={"online-safety"})


def test_the_spanish_tip_is_read_with_its_language(tmp_path):
    lesson = parse(tmp_path, GOOD_LESSON + SPANISH_TIP)
    tips = [b for b in lesson.blocks if isinstance(b, FamilyTip)]
    assert [(t.language, t.title) for t in tips] == [
        ("en", "Passphrase game"),
        ("es", "Juego de frases"),
    ]


def test_a_spanish_tip_does_not_stand_in_for_the_english_one(tmp_path):
    english = GOOD_LESSON.split("::: family-tip")[0]
    with pytest.raises(fmt.ContentError, match="a lesson needs a family tip"):
        parse(tmp_path, english + SPANISH_TIP)


def test_two_spanish_tips_are_refused(tmp_path):
    with pytest.raises(fmt.ContentError, match=r"one family tip per language \(es twice\)"):
        parse(tmp_path, GOOD_LESSON + SPANISH_TIP + SPANISH_TIP)


def test_a_language_the_site_does_not_have_is_an_unknown_block(tmp_path):
    with pytest.raises(fmt.ContentError, match="unknown block '::: family-tip-fr'"):
        parse(tmp_path, GOOD_LESSON + SPANISH_TIP.replace("-es", "-fr"))


@pytest.mark.django_db
def test_the_spanish_tip_is_marked_spanish_on_the_lesson_page(client, curriculum):
    from curriculum.models import LessonPage

    lesson = LessonPage.objects.get(slug="passphrase-power")
    page = client.get(lesson.url).content.decode()
    # Screen readers switch to Spanish for the tip (WCAG 3.1.2, language of parts).
    assert '<span lang="es">El juego de la frase divertida</span>' in page
    assert '<div lang="es"><p>En la cena, elige por turnos' in page
    assert '<span lang="en">' not in page
