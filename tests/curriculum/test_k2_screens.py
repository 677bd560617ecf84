"""A K-2 pupil reads a step one short screen at a time, the picture first, and moves on with
Back and Next; the step's Done button waits on the last screen. The loader refuses a K-2 lesson
with a screen over the word budget, and every K-2 lesson in the library keeps to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from curriculum.models import LessonProgress
from lessons_content import format as fmt
from lessons_content.screens import WORDS_PER_SCREEN, count_words, cut, step_pieces
from tests.curriculum.conftest import step_url

from .test_picture_choices import PICTURE_QUIZ, curriculum_with

CONTENT = Path(__file__).resolve().parents[2] / "lessons_content"

SPOTS = " ".join(["A ladybird has spots, and every spot is a small dot."] * 5)  # 55 words
ACTIVITY_STEPS = [f"Step {n}: " + " ".join(["hop"] * 30) for n in range(1, 6)]  # 32 words each
K2_BODY = [
    {
        "type": "video",
        "value": {"url": "https://video.example.org/bugs", "caption": "Bugs", "transcript": ""},
    },
    {
        "type": "rich_text",
        "value": f"<h2>Spots</h2><p>{SPOTS}</p><h2>Stripes</h2><p>A bee has stripes.</p>",
    },
    {"type": "callout", "value": {"style": "warm-up", "title": "Buzz", "body": "<p>Buzz!</p>"}},
    {
        "type": "activity",
        "value": {"title": "Bug hunt", "intro": "Look outside.", "steps": ACTIVITY_STEPS},
    },
    {"type": "reflection", "value": {"prompt": "Which bug did you like?"}},
]


@pytest.fixture
def lesson(make_lesson):
    lesson = make_lesson(slug="k2-bugs", title="Little Bugs", body=K2_BODY)
    lesson.grade_band = "K-2"
    lesson.save()
    return lesson


def screen_of(client, link, key: str, number: int | None = None) -> BeautifulSoup:
    url = step_url(link, key) + (f"?screen={number}" if number else "")
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("section.step")


def words_on(step) -> int:
    return sum(count_words(block.get_text(" ")) for block in step.select(".block"))


def test_a_k2_pupil_reads_one_short_screen_at_a_time_with_the_picture_first(student_client, link):
    first = screen_of(student_client, link, "read")
    blocks = first.select(".block")
    assert blocks[0]["class"] == ["block", "block--video"]  # the picture leads
    assert first.find("h2", string="Spots") and not first.find("h2", string="Stripes")
    assert "Screen 1 of 3" in first.get_text()
    assert first.select_one("a[rel=next]")["href"].endswith("?screen=2#step-heading")
    assert not first.select("a[rel=prev]") and not first.select("form.step-done")

    second = screen_of(student_client, link, "read", 2)
    assert second.find("h2", string="Stripes") and "Spots" not in second.get_text()
    assert second.select_one("a[rel=prev]")["href"].endswith("?screen=1#step-heading")

    last = screen_of(student_client, link, "read", 3)
    assert "Buzz!" in last.get_text() and "Screen 3 of 3" in last.get_text()
    assert not last.select("a[rel=next]") and last.select("form.step-done")
    for step in (first, second, last):
        assert words_on(step) <= WORDS_PER_SCREEN

    # A screen that does not exist shows the nearest one; the step is done from the last.
    assert "Screen 3 of 3" in screen_of(student_client, link, "read", 99).get_text()
    done = student_client.post(step_url(link, "read"), {"action": "done"})
    assert done["Location"] == step_url(link, "activity")
    assert "read" in LessonProgress.objects.get(resource_link=link).steps_done


def test_an_activitys_steps_are_packed_onto_screens_and_numbered_on(student_client, link):
    seen = []
    for number in (1, 2, 3):
        step = screen_of(student_client, link, "activity", number)
        assert words_on(step) <= WORDS_PER_SCREEN
        for ol in step.select(".activity ol"):
            start = int(ol.get("start", 1))
            items = [li.get_text() for li in ol.select("li")]
            assert [ACTIVITY_STEPS.index(item) + 1 for item in items] == list(
                range(start, start + len(items))
            )
            seen += items
    assert "Activity: Bug hunt" in screen_of(student_client, link, "activity", 1).get_text()
    assert seen == ACTIVITY_STEPS


def test_older_bands_and_one_screen_steps_show_the_whole_step(student_client, link, lesson):
    reflection = screen_of(student_client, link, "reflection")
    assert not reflection.select(".screen-nav")
    lesson.grade_band = "3-5"
    lesson.save()
    read = screen_of(student_client, link, "read")
    assert read.find("h2", string="Spots") and read.find("h2", string="Stripes")
    assert "Buzz!" in read.get_text() and not read.select(".screen-nav")


# --- The loader's word budget -----------------------------------------------------------


def with_reading(tmp_path: Path, reading: str, band: str = "K-2") -> fmt.Curriculum:
    curriculum_with(tmp_path, PICTURE_QUIZ, band)
    path = tmp_path / "lessons" / "online-safety" / "strong-passwords.md"
    text = path.read_text().replace("Passwords keep our accounts ours.", reading)
    path.write_text(text)
    return fmt.read_curriculum(tmp_path)


LONG = "## Keys\n\n" + " ".join(["A password is a key to a door."] * 8)  # 65 words with the heading


def test_a_k2_screen_over_the_budget_is_refused_until_it_is_split(tmp_path):
    assert with_reading(tmp_path / "fits", LONG).errors == []

    longer = LONG + " Keep it safe, and keep it yours."
    (error,) = with_reading(tmp_path / "long", longer).errors
    assert "a K-2 screen holds at most 70 words" in str(error)
    assert "screen 1 of the read step has 72 (it begins 'Keys A password is" in str(error)

    split = LONG + "\n\n## Yours\n\nKeep it safe, and keep it yours."
    assert with_reading(tmp_path / "split", split).errors == []
    assert with_reading(tmp_path / "older", longer, band="3-5").errors == []


def test_every_k2_lesson_in_the_library_keeps_every_screen_within_the_budget():
    curriculum = fmt.read_curriculum(CONTENT)
    k2 = [lesson for lesson in curriculum.lessons if lesson.grade_band == "K-2"]
    assert len(k2) == 16 and curriculum.errors == []
    for lesson in k2:
        for step, pieces in step_pieces(lesson.blocks).items():
            screens = cut(pieces)
            for screen in screens:
                words = sum(pieces[i].words for i in screen)
                assert words <= WORDS_PER_SCREEN, (lesson.slug, step, words)
        read = step_pieces(lesson.blocks)["read"]
        assert read[0].picture, f"{lesson.slug}: the picture leads the first screen"


def test_word_counting_reads_contractions_and_hyphens_as_one_word():
    assert count_words("Don't tap the pop-up, ask a grown-up!") == 7
    assert count_words("") == 0
