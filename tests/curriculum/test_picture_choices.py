"""A K-2 quiz leads with pictures: a lesson writer names a picture for each choice, the loader
checks it, and a six-year-old taps big picture cards whose words a screen reader still reads."""

import json
import re
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model

from curriculum.blocks import QuizQuestionBlock
from lessons_content import format as fmt
from tests.curriculum.conftest import lesson_body, step_url

from .samples import GOOD_LESSON

CONTENT = Path(__file__).resolve().parents[2] / "lessons_content"
TELL = "images/choices/tell-a-grown-up.svg"
SEND = "images/choices/send-to-many.svg"
SECRET = "images/choices/secret.svg"

PICTURE_QUIZ = f"""::: quiz
? A friend sends you a picture that makes fun of a classmate. What do you do?
- ![]({SEND}) Send it to more friends >> That spreads the hurt.
* ![]({TELL}) Stop and tell a grown-up >> Yes! A grown-up can help.
? Someone asks you to keep a worrying secret. What do you do?
- ![]({SECRET}) Keep it to yourself >> Worrying secrets are for sharing with a grown-up.
* ![]({TELL}) Tell a grown-up >> Yes! You will not be in trouble.
? Which is kind?
- ![]({SEND}) Laughing at a friend's drawing >> That could hurt.
* ![]({TELL}) Saying "Good game!" >> Yes! That is kind.
:::"""


def curriculum_with(tmp_path: Path, quiz: str, band: str = "K-2") -> fmt.Curriculum:
    """A one-lesson content folder whose lesson has `quiz`, with the real choice pictures."""
    (tmp_path / "lessons" / "online-safety").mkdir(parents=True)
    (tmp_path / "images" / "choices").mkdir(parents=True)
    for name in (TELL, SEND, SECRET):
        (tmp_path / name).write_bytes((CONTENT / name).read_bytes())
    (tmp_path / "strands.yaml").write_text(
        "- slug: online-safety\n  title: Online Safety\n  summary: Staying safe.\n"
    )
    start, end = GOOD_LESSON.index("::: quiz"), GOOD_LESSON.index(":::\n\n::: mindfulness")
    text = GOOD_LESSON[:start] + quiz + GOOD_LESSON[end + 3 :]
    text = text.replace('grade_band: "3-5"', f'grade_band: "{band}"')
    (tmp_path / "lessons" / "online-safety" / "strong-passwords.md").write_text(text)
    return fmt.read_curriculum(tmp_path)


def test_a_choice_led_by_a_picture_keeps_its_words_and_names_its_picture(tmp_path):
    curriculum = curriculum_with(tmp_path, PICTURE_QUIZ)
    assert curriculum.errors == []
    choice = curriculum.lessons[0].quiz_questions[0].choices[1]
    assert (choice.text, choice.correct, choice.picture, choice.picture_alt) == (
        "Stop and tell a grown-up",
        True,
        TELL,
        "",  # decorative: the words under it are the label
    )


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (f"![]({SECRET})", "![](images/choices/missing.svg)", "does not exist"),
        (f"![]({SECRET}) ", "", "either every choice has a picture or none does"),
        (f"![]({SECRET})", f"![]({TELL})", "two choices show the same picture"),
        (
            f"![]({SECRET}) Keep it to yourself",
            f"![Keep it to yourself]({SECRET}) Keep it to yourself",
            "repeats the choice's words",
        ),
        (f"![]({SECRET})", f"![Picture of a lock]({SECRET})", "screen readers already say"),
    ],
)
def test_a_broken_choice_picture_is_refused_naming_the_lesson(tmp_path, old, new, words):
    curriculum = curriculum_with(tmp_path, PICTURE_QUIZ.replace(old, new, 1))
    assert [words in str(e) for e in curriculum.errors] == [True]
    assert curriculum.errors[0].path.name == "strong-passwords.md"


def test_a_described_picture_is_kept_with_its_alt_text(tmp_path):
    quiz = PICTURE_QUIZ.replace(
        f"![]({SECRET})", f"![A child with a padlock in a bubble]({SECRET})"
    )
    choice = curriculum_with(tmp_path, quiz).lessons[0].quiz_questions[1].choices[0]
    assert choice.picture_alt == "A child with a padlock in a bubble"


def test_a_k2_quiz_without_pictures_is_refused_but_an_older_band_may_have_none(tmp_path):
    bare = re.sub(r"!\[\]\([^)]*\) ", "", PICTURE_QUIZ)
    (error,) = curriculum_with(tmp_path, bare).errors
    assert "a K-2 quiz leads with pictures" in str(error)
    other = tmp_path / "older"
    other.mkdir()
    assert curriculum_with(other, bare, band="3-5").errors == []


def test_every_k2_lesson_leads_every_choice_with_a_picture_that_exists():
    curriculum = fmt.read_curriculum(CONTENT)
    assert curriculum.errors == []
    k2 = [lesson for lesson in curriculum.lessons if lesson.grade_band == "K-2"]
    assert len(k2) == 16
    pictures = set()
    for lesson in k2:
        for question in lesson.quiz_questions:
            assert all(c.picture for c in question.choices), f"{lesson.slug}: {question.text}"
            pictures |= {c.picture for c in question.choices}
    assert len(pictures) >= 90  # drawn for these quizzes: tools/illustrations/choices.py
    for picture in pictures:
        assert (CONTENT / picture).is_file()


# --- In the lesson flow and the admin -----------------------------------------------------


def svg_image(name: str):
    with (CONTENT / name).open("rb") as handle:
        image = get_image_model()(title=name, file=ImageFile(handle, name=Path(name).name))
        image.save()
    return image


@pytest.fixture
def picture_link(link):
    """The flow's lesson made K-2, each quiz choice led by a decorative picture."""
    tell, send = svg_image(TELL), svg_image(SEND)
    body = lesson_body()
    quiz = next(block for block in body if block["type"] == "quiz")
    for question in quiz["value"]["questions"]:
        for choice, image in zip(question["choices"], (send, tell), strict=True):
            choice["picture"] = {"image": image.pk, "alt_text": "", "decorative": True}
    lesson = link.lesson_link.lesson
    lesson.grade_band, lesson.body = "K-2", json.dumps(body)
    lesson.save()
    return link


@pytest.mark.django_db
def test_a_k2_student_taps_picture_cards_whose_words_are_the_label(student_client, picture_link):
    html = student_client.get(step_url(picture_link, "quiz")).content.decode()
    assert "Pick one card for each question." in html
    cards = re.findall(
        r'<div class="picture-choice"><input type="radio" id="(q\d-\d)"[^>]*required>'
        r'<label for="\1"><img ([^>]*)><span class="picture-choice__words">([^<]*)</span>',
        html,
    )
    assert len(cards) == 4
    for _id, img, words in cards:
        assert 'alt=""' in img  # decorative: the words are read instead
        # Each card keeps its own picture, whatever order this try deals the choices in.
        expected = (
            "tell-a-grown-up"
            if words in ("crayon-glacier-trumpet-moss", "A parent or carer")
            else "send-to-many"
        )
        assert expected in img


@pytest.mark.django_db
def test_the_review_shows_the_picture_the_student_chose(student_client, picture_link):
    html = student_client.get(step_url(picture_link, "quiz")).content.decode()
    form = {
        n: html.split(f'name="{n}" value="')[1].split('"')[0]
        for n in ("token", "fingerprint", "try")
    }
    card = r'value="([0-9a-f]{12})" required><label[^>]*><img[^>]*><span [^>]*>([^<]*)<'
    codes = dict(re.findall(card, html))
    by_text = {text: code for code, text in codes.items()}
    response = student_client.post(
        step_url(picture_link, "quiz"),
        {**form, "q0": by_text["Maya2014"], "q1": by_text["A parent or carer"]},
    )
    assert response.status_code == 302
    review = student_client.get(step_url(picture_link, "quiz")).content.decode()
    pictures = re.findall(r"<img [^>]*review-picture[^>]*>", review)
    assert len(pictures) == 2 and "send-to-many" in pictures[0]  # q0: the wrong one chosen


@pytest.mark.django_db
def test_an_editor_cannot_give_pictures_to_some_choices_only():
    block = QuizQuestionBlock()
    tell = svg_image(TELL)
    value = block.to_python(
        {
            "question": "Who can help?",
            "choices": [
                {
                    "text": "A grown-up",
                    "correct": True,
                    "feedback": "Yes.",
                    "picture": {"image": tell.pk, "alt_text": "", "decorative": True},
                },
                {
                    "text": "Nobody",
                    "correct": False,
                    "feedback": "Someone can.",
                    "picture": {"image": None, "alt_text": "", "decorative": False},
                },
            ],
        }
    )
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert "either every choice has a picture or none does" in str(refused.value.non_block_errors)


@pytest.mark.django_db
def test_a_picture_shared_by_choices_is_one_image_and_a_reload_adds_no_copy(tmp_path):
    from curriculum.importer import load_curriculum
    from curriculum.models import LessonPage

    curriculum_with(tmp_path, PICTURE_QUIZ)  # TELL is used by three choices, SEND by two
    lesson_file = tmp_path / "lessons" / "online-safety" / "strong-passwords.md"
    load_curriculum(tmp_path)
    # (The whole curriculum may already be in the database: count only what these titles hold.)
    pictures = get_image_model().objects.filter(title__startswith="images/choices/")
    assert [pictures.filter(title=title).count() for title in (SECRET, SEND, TELL)] == [1, 1, 1]
    # Made in one batch, and still in the admin's image search index (by its path: PostgreSQL's
    # full-text parser reads the whole path as one token, so a search for "secret" alone finds
    # nothing there).
    assert SECRET in [i.title for i in get_image_model().objects.search(SECRET)]
    kept = pictures.count()

    lesson_file.write_text(lesson_file.read_text().replace("Which is kind?", "Which one is kind?"))
    assert load_curriculum(tmp_path).updated == ["lessons/online-safety/strong-passwords.md"]
    assert pictures.count() == kept
    body = LessonPage.objects.get(slug="strong-passwords").body
    quiz = next(block for block in body if block.block_type == "quiz")
    tells = {
        c["picture"].pk
        for q in quiz.value["questions"]
        for c in q["choices"]
        if c["text"] in ("Stop and tell a grown-up", "Tell a grown-up", 'Saying "Good game!"')
    }
    assert len(tells) == 1
