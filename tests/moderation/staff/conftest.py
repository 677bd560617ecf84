"""Personas and flags for the staff side of moderation.

- `lead`: a safeguarding lead (the "Safeguarding leads" group), sees every flag;
- `teacher`: teaches `course`, sees its flags up to the teacher severity ceiling (also a
  content editor, which is what opens the admin to a teacher);
- `other_teacher`: teaches `other_course` only;
- `student`: a student of `course`, as LTI makes them (no admin access);
- `student_in_admin`: a student who was somehow given admin access, so that the moderation
  views' own refusals are tested behind Wagtail's.
Flags are built directly with the models (`make_flag`), not through the scanning pipeline.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from curriculum.demo import wagtail_group
from moderation.models import Flag, FlagMatch, KeywordEntry, KeywordLibrary, ModeratedPost
from tests import personas


@pytest.fixture
def course(db):
    return personas.lms_course("c1", "7B")


@pytest.fixture
def other_course(db):
    return personas.lms_course("c2", "8C")


@pytest.fixture
def lead(db):
    return personas.safeguarding_lead("lead", first_name="Dana", last_name="Lead")


@pytest.fixture
def teacher(course):
    # A teacher the school also made a content editor: it is what opens the admin to a teacher.
    user = personas.teacher(course, "teacher", "Tom Teacher")
    user.groups.add(wagtail_group("Editors"))
    return user


@pytest.fixture
def other_teacher(other_course):
    user = personas.teacher(other_course, "other_teacher", "Olga Other")
    user.groups.add(wagtail_group("Editors"))
    return user


@pytest.fixture
def student(course):
    return personas.student(course, "student", "Sam Student")


@pytest.fixture
def student_in_admin(course):
    user = personas.student(course, "student_in_admin", "Ada Admin")
    user.groups.add(wagtail_group("Editors"))  # somehow made a content editor
    return user


@pytest.fixture
def author(course):
    return personas.student(course, "author", "Alex Author")


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
