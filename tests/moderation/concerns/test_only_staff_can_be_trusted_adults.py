"""A safeguarding lead adds a trusted adult in the admin. The choice of account lists the staff
(accounts made in the admin, teachers who came from the LMS) and no student; a crafted POST
naming a student's account is refused, and so is saving one through the model's validation."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from moderation.models import TrustedAdult
from tests import personas

ADD = "/admin/moderation/trusted-adults/new/"


@pytest.fixture
def school(db):
    course = personas.lms_course("year-9", "Year 9 Citizenship")
    return {
        "student": personas.student(course, "lti-student", "Robin Student"),
        "teacher": personas.teacher(course, "lti-teacher", "Tess Teacher"),
        "counsellor": personas.staff_member("counsellor", first_name="Ana", last_name="Rivera"),
        "lead": personas.safeguarding_lead("lead"),
    }


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def offered_accounts(page: str) -> set[str]:
    select = re.search(r'<select name="user"[^>]*>(.*?)</select>', page, re.S)
    assert select, "the add form asks for an account"
    return set(re.findall(r'<option value="(\d+)"', select.group(1)))


def test_the_account_choice_lists_staff_and_no_student(school):
    page = signed_in(school["lead"]).get(ADD).content.decode()

    offered = offered_accounts(page)

    assert str(school["counsellor"].pk) in offered
    assert str(school["teacher"].pk) in offered  # a teacher from the LMS is staff
    assert str(school["student"].pk) not in offered


def test_a_crafted_post_naming_a_student_is_refused(school):
    answer = signed_in(school["lead"]).post(
        ADD,
        {"user": school["student"].pk, "display_name": "Robin", "role_title": "", "sort_order": 0},
    )

    assert answer.status_code == 200  # the form again, with its error
    assert not TrustedAdult.objects.exists()


def test_the_model_refuses_a_student_and_an_lms_account_that_never_taught(school):
    never_taught = personas.lms_user("lti-nobody", "No Course Yet")
    for account in (school["student"], never_taught):
        with pytest.raises(ValidationError) as refused:
            TrustedAdult(user=account, display_name="Not staff").full_clean()
        assert "Only a member of staff" in str(refused.value)
    TrustedAdult(user=school["counsellor"], display_name="Ms Rivera").full_clean()
