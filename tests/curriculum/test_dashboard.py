"""The teacher's course dashboard: lessons, students, not started, filters, sorting, charts."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.curriculum.conftest import step_url
from tests.curriculum.placing import placed_link
from tests.curriculum.test_completion import reflect
from tests.curriculum.test_quiz_scoring import answer
from tests.personas import lms_user

pytestmark = pytest.mark.django_db


def dashboard(client, course, **params):
    return client.get(reverse("curriculum:dashboard", args=[course.pk]), params)


@pytest.fixture
def class_at_work(client, student, student2, teacher, link, django_capture_on_commit_callbacks):
    """Sam completes the lesson with full marks; Ria has only opened it."""
    client.force_login(student)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, link, 1, 1)
        reflect(client, link)
    client.force_login(student2)
    client.get(step_url(link, "read"))
    client.force_login(teacher)
    return client


def test_the_teacher_sees_each_students_status_score_time_and_last_activity(class_at_work, course):
    html = dashboard(class_at_work, course).content.decode()
    assert "Passphrase Power" in html
    sam = html[html.index('<th scope="row">Sam Student</th>') :]
    sam = sam[: sam.index("</tr>")]
    assert "Completed" in sam and "10 / 10" in sam and " min" in sam
    assert timezone.now().strftime("%-d %b %Y") in sam
    ria = html[html.index('<th scope="row">Ria Classmate</th>') :]
    assert "In progress" in ria[: ria.index("</tr>")]


def test_the_lessons_table_counts_each_status_and_averages_the_scores(class_at_work, course, link):
    html = dashboard(class_at_work, course).content.decode()
    row = html[html.index(f'<a href="?lesson={link.pk}">') :]
    row = row[: row.index("</tr>")]
    cells = [c.split("</td>")[0] for c in row.split("<td>")[1:]]
    assert cells[:4] == ["1", "1", "0", "100%"]


def test_students_who_never_launched_appear_as_not_started_from_the_roster(
    class_at_work, course, roster
):
    roster.members = [
        ("sub-sam", "Sam Student", "student"),
        ("sub-ria", "Ria Classmate", "student"),
        ("sub-nia", "Nia Newcomer", "Learner"),
        ("sub-tess", "Tess Teacher", "teacher"),
    ]
    html = dashboard(class_at_work, course).content.decode()
    assert "Not started any lesson (1)" in html
    assert "<li>Nia Newcomer</li>" in html
    assert "Tess Teacher</th>" not in html
    assert "could not be fetched" not in html


def test_when_the_roster_cannot_be_fetched_the_dashboard_says_so_and_uses_known_students(
    class_at_work, course, roster
):
    roster.fails = True
    response = dashboard(class_at_work, course)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The class list could not be fetched from your learning platform" in html
    assert "Sam Student" in html and "Ria Classmate" in html


def test_the_table_filters_by_lesson_and_status(class_at_work, course, link, make_lesson):
    second = placed_link(
        course=course, resource_link_id="rl-2", lesson=make_lesson("two", title="Two")
    )
    html = dashboard(class_at_work, course, status="completed").content.decode()
    assert "1 row" in html and "Sam Student</th>" in html and "Ria Classmate</th>" not in html
    html = dashboard(class_at_work, course, lesson=second.pk, status="not_started").content.decode()
    assert "2 rows" in html
    assert "Not started Two (2)" in html


def test_the_table_sorts_by_score_highest_first(class_at_work, course):
    html = dashboard(class_at_work, course, sort="-score").content.decode()
    assert html.index("Sam Student</th>") < html.index("Ria Classmate</th>")
    html = dashboard(class_at_work, course, sort="score").content.decode()
    assert html.index("Ria Classmate</th>") < html.index("Sam Student</th>")


def test_unknown_filters_are_ignored_rather_than_failing(class_at_work, course):
    response = dashboard(class_at_work, course, lesson="abc", status="nonsense", sort="-password")
    assert response.status_code == 200
    assert "2 rows" in response.content.decode()


def test_charts_are_inline_svg_with_titles_text_labels_and_a_table(class_at_work, course, link):
    html = dashboard(class_at_work, course).content.decode()
    assert '<svg class="chart__svg"' in html and 'role="img"' in html
    assert '<title id="completion-title">Lessons completed per day</title>' in html
    assert f'<title id="scores-{link.pk}-title">Scores in Passphrase Power</title>' in html
    assert '<text class="chart__label"' in html and "90–100%" in html
    assert "Lessons completed per day as a table" in html


def test_the_teacher_sees_reflections_to_read_and_posts_held_for_review(class_at_work, course):
    html = dashboard(class_at_work, course).content.decode()
    assert "1 reflection to read" in html
    assert "0 visible posts, 0 held for review" in html


def test_only_a_teacher_of_this_course_can_open_its_dashboard(
    client, course, student, other_teacher, outsider
):
    url = reverse("curriculum:dashboard", args=[course.pk])
    assert client.get(url).status_code == 403
    client.force_login(student)
    response = client.get(url)
    assert response.status_code == 403
    assert "Only the teachers of this course" in response.content.decode()
    for stranger in (other_teacher, outsider):
        client.force_login(stranger)
        assert client.get(url).status_code == 403


def test_a_teacher_of_two_courses_sees_each_only_with_its_own_students(
    client, teacher, course, other_course, link, outsider
):
    from lti.models import CourseMembership, Role

    CourseMembership.objects.create(user=teacher, course=other_course, role=Role.TEACHER)
    client.force_login(teacher)
    html = dashboard(client, other_course).content.decode()
    assert "Olga Outsider" in html
    assert "Sam Student" not in html


def test_a_large_class_is_shown_a_page_of_rows_at_a_time(client, teacher, course, link):
    from tests.personas import enrol

    for i in range(105):
        enrol(lms_user(f"s{i}", f"Student {i:03}", sub=f"sub-{i}"), course)
    client.force_login(teacher)
    html = dashboard(client, course).content.decode()
    assert "105 rows, page 1 of 2" in html
    assert "Next page" in html
    assert "Student 104</th>" not in html
    assert "Student 104</th>" in dashboard(client, course, page=2).content.decode()
