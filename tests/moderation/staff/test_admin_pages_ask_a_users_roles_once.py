"""Every admin page asks who may see the Flags and Keyword libraries menu items, and the views
ask again. A content editor's, or a teacher-editor's, course roles are read once per request
(as a lead's group is), not on every one of those questions."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from moderation.staff.permissions import can_manage_library, can_review
from tests import personas

pytestmark = pytest.mark.django_db


def as_a_request_loads_them(user):
    """A fresh user object, as the session middleware loads one for each request."""
    return get_user_model().objects.get(pk=user.pk)


def test_a_second_library_check_for_an_editor_costs_no_query(django_assert_num_queries):
    editor = as_a_request_loads_them(personas.content_editor())
    assert can_manage_library(editor)
    with django_assert_num_queries(0):
        assert can_manage_library(editor)
        assert not can_review(editor)


def test_a_teacher_editor_is_read_once_for_both_menu_items(teacher, django_assert_num_queries):
    teacher = as_a_request_loads_them(teacher)
    assert can_review(teacher)
    assert can_manage_library(teacher)  # the group's permissions: read once, by Django
    with django_assert_num_queries(0):
        assert can_manage_library(teacher)
        assert can_review(teacher)


def test_a_student_made_an_editor_is_refused_again_without_a_query(
    student_in_admin, django_assert_num_queries
):
    student = as_a_request_loads_them(student_in_admin)
    assert not can_manage_library(student)
    with django_assert_num_queries(0):
        assert not can_manage_library(student)


def test_an_editors_admin_page_reads_their_course_roles_once(client):
    client.force_login(personas.content_editor())
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("moderation_admin:libraries"))
    assert page.status_code == 200
    role_reads = [q["sql"] for q in queries if '"lti_coursemembership"' in q["sql"]]
    assert len(role_reads) == 1, role_reads
