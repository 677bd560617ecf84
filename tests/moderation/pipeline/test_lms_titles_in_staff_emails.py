"""A course title from the LMS reaches staff e-mails as one safe line, never as our words.

A teacher (or a hostile LMS) can name a course anything: "URGENT: reset your password at
https://evil.example" was quoted as typed in the e-mail a teacher gets about a flag in that
course, from Upstander's own address, its link clickable. Now the title is one line of at most
80 characters, with control and invisible characters gone and every address dropped.
"""

from __future__ import annotations

from django.core import mail

from moderation.flags.actions import record_post
from moderation.flags.channels.lms_text import LINK_REMOVED, lms_title_for_email
from moderation.models import RoutingRule


def test_an_ordinary_title_is_quoted_as_written():
    assert lms_title_for_email("Year 9 History – 9B (R.E. & Eng)") == (
        "Year 9 History – 9B (R.E. & Eng)"
    )


def test_a_title_on_several_lines_becomes_one():
    assert lms_title_for_email("Year 9\r\n\r\nDear staff,\u2028please") == (
        "Year 9 Dear staff, please"
    )


def test_control_and_invisible_characters_are_removed():
    # A NUL, an escape, and a right-to-left override that would show "moc.live" reversed.
    assert lms_title_for_email("Ma\x00ths\x1b[31m 7\u202eB\u200b") == "Maths[31m 7B"


def test_a_long_title_is_cut_with_an_ellipsis():
    title = lms_title_for_email("Geography " * 20)
    assert len(title) == 80 and title.endswith("…") and title.startswith("Geography Geography")


def test_web_addresses_are_dropped_not_defanged():
    for address in (
        "https://evil.example/reset",
        "HTTP://evil.example",
        "www.evil.example",
        "evil.example",
        "bit.ly/abc",
        "ｅｖｉｌ．ｅｘａｍｐｌｅ",  # full-width letters, read as evil.example
        "10.0.0.1:8080",
        "javascript:alert(1)",
    ):
        safe = lms_title_for_email(f"URGENT: reset your password at {address} now")
        assert safe == f"URGENT: reset your password at {LINK_REMOVED} now", address


def test_email_addresses_are_dropped():
    assert lms_title_for_email("Write to helpdesk@evil.example today") == (
        f"Write to {LINK_REMOVED} today"
    )


def test_something_that_is_not_text_is_no_title():
    assert lms_title_for_email(None) == ""
    assert lms_title_for_email("\n\t ") == ""


def test_a_teacher_is_told_the_course_without_the_lms_planted_link(
    keywords, lead, teacher, student, course, django_capture_on_commit_callbacks
):
    course.title = "7B\nURGENT: reset your password at https://evil.example/login"
    course.save()
    teacher.email = "tom.teacher@school.example"
    teacher.save()
    rule = RoutingRule.objects.create(name="Teachers", include_course_teachers=True)
    rule.users.set([lead])
    with django_capture_on_commit_callbacks(execute=True):
        record_post("loser", source="discussion", author=student, course=course)
    to_teacher = {m.to[0]: m for m in mail.outbox}["tom.teacher@school.example"]
    body = to_teacher.body + to_teacher.subject
    assert "evil.example" not in body and "https://" not in body
    assert (
        f"Open Upstander from your course 7B URGENT: reset your password at {LINK_REMOVED}"
        " in your learning platform" in to_teacher.body
    )
    # Plain text only: no HTML part that could quote the title as well.
    assert not getattr(to_teacher, "alternatives", None)
