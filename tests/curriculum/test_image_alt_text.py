"""A lesson writer adds a picture: the loader insists the file is there and that the alt text
tells a reader who cannot see it what it shows. No database: the checks are pure."""

from pathlib import Path

import pytest

from lessons_content import format as fmt
from lessons_content.image_checks import alt_problem, image_problem

from .samples import GOOD_LESSON

CONTENT = Path(__file__).resolve().parents[2] / "lessons_content"


def curriculum_with(tmp_path: Path, image_block: str) -> fmt.Curriculum:
    """A one-lesson content folder, its lesson ending with `image_block`; padlock.svg exists."""
    (tmp_path / "lessons" / "online-safety").mkdir(parents=True)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "padlock.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (tmp_path / "strands.yaml").write_text(
        "- slug: online-safety\n  title: Online Safety\n  summary: Staying safe.\n"
    )
    lesson = tmp_path / "lessons" / "online-safety" / "strong-passwords.md"
    lesson.write_text(GOOD_LESSON + "\n" + image_block)
    return fmt.read_curriculum(tmp_path)


def test_a_described_picture_that_exists_loads(tmp_path):
    curriculum = curriculum_with(
        tmp_path, "::: image images/padlock.svg\nA blue padlock, locked shut.\n:::\n"
    )
    assert curriculum.errors == []
    assert curriculum.lessons[0].blocks[-1].alt == "A blue padlock, locked shut."


@pytest.mark.parametrize(
    ("block", "words"),
    [
        ("::: image images/padlock.svg\n:::\n", "is empty"),  # the block parser's own word
        ("::: image images/padlock.svg\npadlock.svg\n:::\n", "does not say what the picture shows"),
        ("::: image images/padlock.svg\nPadlock\n:::\n", "does not say what the picture shows"),
        ("::: image images/padlock.svg\nImage of a padlock\n:::\n", "screen readers already say"),
        ("::: image images/missing.svg\nA blue padlock.\n:::\n", "does not exist"),
        ("::: image images/padlock.txt\nA blue padlock.\n:::\n", "must be one of .svg"),
        ("::: image ../outside.svg\nA blue padlock.\n:::\n", "stay inside the content folder"),
    ],
)
def test_a_picture_without_a_file_or_a_description_is_refused_with_its_line(tmp_path, block, words):
    curriculum = curriculum_with(tmp_path, block)
    assert len(curriculum.errors) == 1
    error = curriculum.errors[0]
    assert words in str(error)
    assert error.path.name == "strong-passwords.md"
    assert error.line == GOOD_LESSON.count("\n") + 2  # the `::: image` line itself


def test_alt_text_is_judged_by_what_it_says_not_its_case_or_spacing():
    assert alt_problem("  A   padlock.  ") is None
    assert alt_problem("PICTURE OF a padlock") is not None
    assert alt_problem("") is not None


def test_every_picture_in_the_real_curriculum_exists_and_is_described():
    curriculum = fmt.read_curriculum(CONTENT)
    images = [
        (spec.path, block)
        for spec in [*curriculum.lessons, *curriculum.family_pages]
        for block in spec.blocks
        if isinstance(block, fmt.Image)
    ]
    assert len(images) >= 40  # one per lesson drawn so far, the diagrams and family pictures
    for path, block in images:
        assert image_problem(CONTENT, block.path, block.alt) is None, f"{path}:{block.line}"


def test_the_real_pictures_are_small_svg_files_without_scripts():
    for svg in (CONTENT / "images").rglob("*.svg"):
        text = svg.read_text()
        assert len(text.encode()) < 12_000, f"{svg.name} is {len(text.encode())} bytes"
        assert "<script" not in text and 'href="http' not in text, svg.name
