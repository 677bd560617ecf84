"""Reflections are private between the student and the course's teachers, and never lost."""

import pytest
from django.urls import reverse

from curriculum.models import Reflection
from tests.curriculum.conftest import step_url

pytestmark = pytest.mark.django_db


def reflect(client, link, text, revision=0):
    return client.post(step_url(link, "reflection"), {"text": text, "revision": str(revision)})


def test_a_saved_reflection_comes_back_when_the_student_returns(student_client, link):
    response = reflect(student_client, link, "I will add a second lock to my game account.")
    assert response.status_code == 302
    html = student_client.get(response["Location"]).content.decode()
    assert "Only you and your teacher can read it." in html
    assert "I will add a second lock to my game account.</textarea>" in html


def test_a_classmate_never_sees_another_students_reflection(client, student, student2, link):
    client.force_login(student)
    reflect(client, link, "My private thought about passwords.")
    client.force_login(student2)
    for url in (
        step_url(link, "reflection"),
        step_url(link, "discussion"),
        reverse("curriculum:my_progress", args=[link.pk]),
    ):
        assert "My private thought" not in client.get(url).content.decode()


def test_the_teacher_of_the_course_reads_it_and_marks_it_read(client, student, teacher, link):
    client.force_login(student)
    reflect(client, link, "My private thought about passwords.")
    client.force_login(teacher)
    url = reverse("curriculum:dashboard_reflections", args=[link.course_id])
    html = client.get(url).content.decode()
    assert "My private thought about passwords." in html
    assert "Not read yet" in html
    reflection = Reflection.objects.get()
    response = client.post(
        reverse("curriculum:reflection_read", args=[link.course_id, reflection.pk])
    )
    assert response.status_code == 302
    reflection.refresh_from_db()
    assert reflection.read_at is not None


def test_a_teacher_of_another_course_can_neither_read_nor_mark_it(
    client, student, other_teacher, link
):
    client.force_login(student)
    reflect(client, link, "My private thought about passwords.")
    reflection = Reflection.objects.get()
    client.force_login(other_teacher)
    assert (
        client.get(reverse("curriculum:dashboard_reflections", args=[link.course_id])).status_code
        == 403
    )
    own = reverse(
        "curriculum:reflection_read",
        args=[other_teacher.course_memberships.get().course_id, reflection.pk],
    )
    assert client.post(own).status_code == 404  # not in the teacher's own course either
    reflection.refresh_from_db()
    assert reflection.read_at is None


def test_an_empty_reflection_gets_a_clear_message(student_client, link):
    for text in ("", "   \n ", "<b></b>"):
        response = reflect(student_client, link, text)
        assert response.status_code == 400
        assert (
            "Your reflection is empty. Write something before you save."
            in response.content.decode()
        )
    assert not Reflection.objects.exists()


def test_an_oversized_reflection_gets_a_clear_message_and_the_text_is_kept(student_client, link):
    text = "a" * 10_001
    response = reflect(student_client, link, text)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Your reflection is 10,001 characters long; the limit is 10,000." in html
    assert text in html
    assert not Reflection.objects.exists()


def test_exactly_the_limit_is_accepted_with_windows_line_breaks(student_client, link):
    text = ("x" * 99 + "\r\n") * 100  # 10,000 characters as the browser counts them
    assert reflect(student_client, link, text[:-2]).status_code == 302


def test_saving_the_same_text_twice_is_one_save(student_client, link):
    reflect(student_client, link, "Same words.")
    response = reflect(student_client, link, "Same words.")  # double click, or the back button
    assert response.status_code == 302
    assert Reflection.objects.get().revision == 1


def test_a_stale_form_from_a_second_tab_does_not_overwrite_and_loses_nothing(student_client, link):
    reflect(student_client, link, "Written in tab one.")
    reflect(student_client, link, "Edited again in tab one.", revision=1)
    response = reflect(
        student_client, link, "Written in tab two.", revision=1
    )  # opened before the edit
    assert response.status_code == 400
    html = response.content.decode()
    assert "changed in another tab or window" in html
    assert "Edited again in tab one." in html  # the saved version is shown
    assert "Written in tab two.</textarea>" in html  # and this tab's text is kept in the box
    assert 'name="revision" value="2"' in html  # so saving again is a deliberate choice
    assert Reflection.objects.get().text == "Edited again in tab one."


def test_reflections_are_stored_without_markup_and_shown_escaped(client, student, teacher, link):
    client.force_login(student)
    reflect(
        client, link, "I <b>will</b> ask &lt;script&gt;alert(1)&lt;/script&gt; for help & be safe"
    )
    assert Reflection.objects.get().text == "I will ask alert(1) for help & be safe"
    client.force_login(teacher)
    html = client.get(
        reverse("curriculum:dashboard_reflections", args=[link.course_id])
    ).content.decode()
    assert "I will ask alert(1) for help &amp; be safe" in html
