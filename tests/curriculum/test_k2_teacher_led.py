"""Teacher-led mode: in a K-2 lesson the teacher records the reflection or the quiz once for the
whole class, and a pre-reader working alone can tick "I drew it / I said it to my teacher"."""

from decimal import Decimal

import pytest
from django.urls import reverse

from curriculum.models import ClassRecord, LessonProgress, Reflection
from lessons_content.vocabulary import REFLECTION
from tests.curriculum.conftest import step_url
from tests.curriculum.test_quiz_scoring import answer
from tests.personas import enrol, lms_user

pytestmark = pytest.mark.django_db

RECORD_BUTTON = "Record for the whole class</button>"


def set_band(link, band: str) -> None:
    lesson = link.lesson_link.lesson
    lesson.grade_band = band
    lesson.save()


@pytest.fixture
def k2_link(link):
    set_band(link, "K-2")
    return link


def record_for_class(client, link, step, **fields):
    return client.post(step_url(link, step), {"class_record": "1", **fields})


def steps_done(user, link) -> list[str]:
    progress = LessonProgress.objects.filter(user=user, resource_link=link).first()
    return progress.steps_done if progress else []


def test_the_teacher_records_the_class_reflection_and_every_student_sees_it_done(
    client, teacher, student, student2, outsider, k2_link, other_link
):
    client.force_login(teacher)
    page = client.get(step_url(k2_link, "reflection")).content.decode()
    assert RECORD_BUTTON in page
    assert "every student of this course (2 students)" in page

    response = record_for_class(
        client, k2_link, "reflection", class_text="We will ask a grown-up before we log in."
    )
    assert response.status_code == 302
    done = client.get(response["Location"]).content.decode()
    assert "Recorded for the whole class: Reflection is done for 2 students." in done

    for pupil in (student, student2):
        client.force_login(pupil)
        html = client.get(step_url(k2_link, "reflection")).content.decode()
        assert "Done together in class" in html
        assert "We will ask a grown-up before we log in." in html
        assert 'Reflection</span></a> <span class="step-state">(done)</span>' in html
        assert RECORD_BUTTON not in html  # students never get the teacher's form

    # The same lesson placed in another course: its student is untouched.
    assert REFLECTION not in steps_done(outsider, other_link)
    client.force_login(outsider)
    assert (
        "Done together in class"
        not in client.get(step_url(other_link, "reflection")).content.decode()
    )

    record = ClassRecord.objects.get()
    assert (record.recorded_by, record.step, record.students_completed) == (
        teacher,
        "reflection",
        2,
    )


def test_class_quiz_and_reflection_complete_the_lesson_with_the_class_score(
    client, teacher, student, student2, k2_link, queued_scores, django_capture_on_commit_callbacks
):
    client.force_login(teacher)
    with django_capture_on_commit_callbacks(execute=True):
        record_for_class(client, k2_link, "quiz", class_quiz_correct="1", class_together="1")
        assert queued_scores == []  # the reflection rule is not met yet
        record_for_class(client, k2_link, "reflection", class_together="1")
    # 1 of 2 right is 50%, the pass mark here: each student gets 50% of the column's 10 points.
    assert sorted((call[1].username, call[2]) for call in queued_scores) == [
        ("ria", Decimal("5.00")),
        ("sam", Decimal("5.00")),
    ]
    client.force_login(student)
    html = client.get(step_url(k2_link, "quiz")).content.decode()
    assert "The class answered 1 of 2 questions right (50%)." in html


def test_a_class_record_never_lowers_a_students_own_better_quiz(client, teacher, student, k2_link):
    client.force_login(student)
    answer(client, k2_link, 1, 1)  # both right: full marks of their own
    client.force_login(teacher)
    record_for_class(client, k2_link, "quiz", class_quiz_correct="0")
    progress = LessonProgress.objects.get(user=student, resource_link=k2_link)
    assert (progress.quiz_percent, progress.quiz_passed) == (100, True)


def test_a_6_to_8_lesson_offers_no_class_record(client, teacher, student, link):
    set_band(link, "6-8")
    client.force_login(teacher)
    assert RECORD_BUTTON not in client.get(step_url(link, "reflection")).content.decode()
    assert RECORD_BUTTON not in client.get(step_url(link, "quiz")).content.decode()
    response = record_for_class(client, link, "reflection", class_together="1")
    assert response.status_code == 400
    assert "offered in K-2 lessons only" in response.content.decode()
    assert REFLECTION not in steps_done(student, link)
    assert not ClassRecord.objects.exists()


def test_a_student_cannot_record_for_the_class(client, student, student2, k2_link):
    client.force_login(student)
    response = record_for_class(client, k2_link, "reflection", class_together="1")
    assert response.status_code == 400
    assert "Only a teacher of this course" in response.content.decode()
    assert REFLECTION not in steps_done(student2, k2_link)


def test_the_teacher_is_told_what_is_missing_and_keeps_what_they_typed(
    client, teacher, student, k2_link
):
    client.force_login(teacher)
    response = record_for_class(client, k2_link, "reflection")
    assert response.status_code == 400
    assert "tick &quot;We did this together / answered aloud&quot;" in response.content.decode()
    response = record_for_class(
        client, k2_link, "quiz", class_quiz_correct="7", class_text="We shouted the answers."
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose how many of the 2 questions the class answered right." in html
    assert "We shouted the answers.</textarea>" in html
    assert steps_done(student, k2_link) == []


def test_a_k2_student_completes_the_reflection_with_the_tick(client, student, teacher, k2_link):
    client.force_login(student)
    page = client.get(step_url(k2_link, "reflection")).content.decode()
    assert "I drew it / I said it to my teacher" in page
    assert " required " not in page.split('id="reflection-text"')[1].split(">")[0]

    response = client.post(
        step_url(k2_link, "reflection"), {"text": "", "revision": "0", "did_offline": "1"}
    )
    assert response.status_code == 302
    assert REFLECTION in steps_done(student, k2_link)

    client.force_login(teacher)
    html = client.get(reverse("curriculum:dashboard_reflections", args=[k2_link.course_id]))
    assert "I drew it or said it to my teacher" in html.content.decode()


def test_the_tick_does_not_replace_a_written_reflection(client, student, k2_link):
    client.force_login(student)
    url = step_url(k2_link, "reflection")
    client.post(url, {"text": "A picture of my dog and a lock.", "revision": "0"})
    client.post(url, {"text": "", "revision": "1", "did_offline": "1"})
    assert Reflection.objects.get().text == "A picture of my dog and a lock."


def test_older_students_still_have_to_write(client, student, link):
    client.force_login(student)
    assert "I drew it" not in client.get(step_url(link, "reflection")).content.decode()
    response = client.post(
        step_url(link, "reflection"), {"text": "", "revision": "0", "did_offline": "1"}
    )
    assert response.status_code == 400
    assert REFLECTION not in steps_done(student, link)


def test_recording_again_reaches_a_new_student_and_keeps_the_first_record(
    client, teacher, student, course, k2_link
):
    client.force_login(teacher)
    record_for_class(client, k2_link, "reflection", class_text="We drew our safe grown-ups.")
    newcomer = lms_user("noor", "Noor Newcomer", sub="sub-noor")
    enrol(newcomer, course)
    assert REFLECTION not in steps_done(newcomer, k2_link)

    record_for_class(client, k2_link, "reflection", class_together="1")
    assert REFLECTION in steps_done(newcomer, k2_link)
    assert [(r.text, r.students_completed) for r in ClassRecord.objects.all()] == [
        ("", 2),
        ("We drew our safe grown-ups.", 1),
    ]


def test_the_teacher_sees_their_own_record_on_the_step(client, teacher, student, k2_link):
    client.force_login(teacher)
    response = record_for_class(client, k2_link, "quiz", class_quiz_correct="2")
    html = client.get(response["Location"]).content.decode()
    assert "You recorded this step for the whole class on" in html
    assert "The class answered 2 of 2 questions right (100%)." in html
    client.force_login(student)
    html = client.get(step_url(k2_link, "quiz")).content.decode()
    assert "Your teacher recorded this step for the whole class on" in html
