"""`make check-content` (load_lessons --check --report) prints, after the check, lessons per
strand and grade band, how often the right answer is the longest or shortest choice, and how
much of the curriculum families can read in Spanish."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from lessons_content import format as fmt

from .samples import GOOD_FAMILY_PAGE, GOOD_LESSON

SPANISH_TIP = """
::: family-tip-es Juego de frases
Inventen juntos frases de cuatro palabras divertidas.
:::
"""

# A 9-12 lesson tells a real case with its sources.
CASE_STUDY = """
::: case-study A passphrase week
A school taught passphrases for a week and counted how many students changed theirs.
source https://www.example.org/passphrase-week | A report on the week
:::
"""


@pytest.fixture
def library(tmp_path: Path) -> Path:
    shutil.copy(fmt.CONTENT_DIR / "strands.yaml", tmp_path / "strands.yaml")
    (tmp_path / "lessons" / "online-safety").mkdir(parents=True)
    (tmp_path / "family").mkdir()
    (tmp_path / "lessons" / "online-safety" / "strong-passwords.md").write_text(
        GOOD_LESSON + SPANISH_TIP
    )
    other = (
        GOOD_LESSON.replace("slug: strong-passwords", "slug: other").replace(
            'grade_band: "3-5"', 'grade_band: "9-12"'
        )
        + CASE_STUDY
    )
    (tmp_path / "lessons" / "online-safety" / "other.md").write_text(other)
    (tmp_path / "family" / "privacy-together.md").write_text(GOOD_FAMILY_PAGE)
    return tmp_path


def report(path: Path) -> str:
    out = StringIO()
    call_command("load_lessons", "--check", "--report", "--path", str(path), stdout=out)
    return out.getvalue()


def test_the_report_follows_the_check_with_a_strand_by_band_table(library):
    text = report(library)
    assert text.startswith("OK: 8 strands, 2 lessons, 1 family pages")
    row = next(line for line in text.splitlines() if line.startswith("online-safety "))
    assert row.split() == ["online-safety", "0!", "1!", "0!", "1!", "2"]
    assert "cells below 2 lessons (marked !): 32" in text


def test_it_shows_the_answer_length_balance(library):
    text = report(library)
    assert "right answer is the longest choice: 2 of 6 questions (33%" in text
    assert "right answer is the shortest choice: 4 of 6 questions (67%)" in text
    assert "lessons passed by always picking the longest choice: 0 of 2" in text


def test_it_counts_lessons_with_a_spanish_tip_and_guides_with_a_spanish_version(library):
    text = report(library)
    assert "lessons with a Spanish family tip (::: family-tip-es): 1 of 2" in text
    assert "  lessons without one: other" in text
    assert "family guides with a Spanish version: 0 of 1" in text
    assert "  guides without one: privacy-together" in text


def test_make_check_content_asks_for_the_report():
    makefile = (fmt.CONTENT_DIR.parent / "Makefile").read_text()
    assert "load_lessons --check --report" in makefile.split("check-content:")[1].split("\n\n")[0]


def test_it_points_at_a_spanish_tip_written_without_its_marker(library):
    unmarked = SPANISH_TIP.replace("family-tip-es", "family-tip")
    other = library / "lessons" / "online-safety" / "other.md"
    other.write_text(other.read_text() + unmarked)
    assert (
        "  lessons with two English tips (mark the Spanish one ::: family-tip-es): other"
        in report(library)
    )
