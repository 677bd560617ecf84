"""Personas and flags for the staff side of moderation.

- `lead`: a safeguarding lead (the "Safeguarding leads" group), sees every flag;
- `teacher`: teaches `course`, sees its flags up to the teacher severity ceiling;
- `other_teacher`: teaches `other_course` only;
- `student`: a student of `course`, as LTI makes them (no admin access);
- `student_in_admin`: a student who was somehow given admin access, so that the moderation
  views' own refusals are tested behind Wagtail's.
Flags are built directly with the models (`make_flag`), not through the scanning pipeline.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from lti.models import Course, CourseMembership, LtiIdentity, Role
from moderation.models import Flag, FlagMatch, KeywordEntry, KeywordLibrary, ModeratedPost
from moderation.staff.permissions import LEADS_GROUP
from tests.lti.records import school_platform

ISSUER = "https://canvas.example.edu"


def admin_group(name: str) -> Group:
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return group


def person(username: str, *, name: str = "", groups: tuple[Group, ...] = ()):
    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.add(*groups)
    LtiIdentity.objects.create(
        user=user, platform=school_platform(ISSUER), sub=f"sub-{username}", name=name
    )
    return user


@pytest.fixture
def course(db):
    return Course.objects.create(
        platform=school_platform(ISSUER), deployment_id="d1", context_id="c1", title="7B"
    )


@pytest.fixture
def other_course(db):
    return Course.objects.create(
        platform=school_platform(ISSUER), deployment_id="d1", context_id="c2", title="8C"
    )


@pytest.fixture
def lead(db):
    return person("lead", name="Dana Lead", groups=(admin_group(LEADS_GROUP),))


@pytest.fixture
def teacher(course):
    user = person("teacher", name="Tom Teacher", groups=(admin_group("Staff"),))
    CourseMembership.objects.create(course=course, user=user, role=Role.TEACHER)
    return user


@pytest.fixture
def other_teacher(other_course):
    user = person("other_teacher", name="Olga Other", groups=(admin_group("Staff"),))
    CourseMembership.objects.create(course=other_course, user=user, role=Role.TEACHER)
    return user


@pytest.fixture
def student(course):
    user = person("student", name="Sam Student")
    CourseMembership.objects.create(course=course, user=user, role=Role.STUDENT)
    return user


@pytest.fixture
def student_in_admin(course):
    user = person("student_in_admin", name="Ada Admin", groups=(admin_group("Editors"),))
    CourseMembership.objects.create(course=course, user=user, role=Role.STUDENT)
    return user


@pytest.fixture
def author(course):
    user = person("author", name="Alex Author")
    CourseMembership.objects.create(course=course, user=user, role=Role.STUDENT)
    return user


@pytest.fixture
def library(db):
    return KeywordLibrary.objects.create(name="test", title="Test library")


@pytest.fixture
def kill_entry(library):
    return KeywordEntry.objects.create(
        library=library,
        term="kill",
        category="violence",
        severity=3,
        definition="A threat or wish to kill.",
    )


@pytest.fixture
def make_flag(db):
    """A flag on a post, with matches given as (term, definition) found in `text`."""

    def make(
        *,
        course=None,
        student=None,
        text="you are a loser",
        matches=(("loser", "An insult aimed at someone."),),
        category="bullying",
        severity=2,
        status=Flag.Status.NEW,
        post_status=ModeratedPost.Status.PUBLISHED,
        age=timedelta(0),
        entry=None,
    ) -> Flag:
        post = ModeratedPost.objects.create(
            source=ModeratedPost.Source.DISCUSSION,
            author=student,
            course=course,
            text=text,
            status=post_status,
            highest_severity=severity,
        )
        flag = Flag.objects.create(
            post=post,
            student=student,
            course=course,
            category=category,
            severity=severity,
            status=status,
        )
        if age:
            Flag.objects.filter(pk=flag.pk).update(created_at=timezone.now() - age)
            flag.refresh_from_db()
        for term, definition in matches:
            start = text.lower().index(term.lower())
            FlagMatch.objects.create(
                flag=flag,
                entry=entry,
                term=term,
                category=category,
                severity=severity,
                definition=definition,
                start=start,
                end=start + len(term),
                matched_text=text[start : start + len(term)],
            )
        return flag

    return make


@pytest.fixture
def make_lesson(db):
    """A live lesson in a unit of `strand` (the unit is made on first use)."""
    import json

    from wagtail.models import Page

    from curriculum.models import LessonPage, UnitPage
    from tests.curriculum.conftest import lesson_body

    def make(slug: str, *, strand: str = "staff-tests", title: str = "") -> LessonPage:
        unit = UnitPage.objects.filter(strand=strand).first()
        if unit is None:
            unit = UnitPage(
                title=f"Unit {strand}", slug=f"unit-{strand}", strand=strand, summary="Unit."
            )
            Page.get_first_root_node().add_child(instance=unit)
        lesson = LessonPage(
            title=title or slug.replace("-", " ").title(),
            slug=slug,
            grade_band="3-5",
            duration_minutes=40,
            summary="A lesson.",
            objectives="Learn.",
            body=json.dumps(lesson_body()),
            pass_mark=50,
            completion_rules=["quiz"],
        )
        unit.add_child(instance=lesson)
        return lesson

    return make
