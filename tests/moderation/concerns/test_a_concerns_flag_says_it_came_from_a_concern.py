"""A student's anonymous concern is scanned and flagged. The lead opening the flag queue and the
case page reads "From a concern (#id)" with a link to the concern, not "Unknown author"; a
member of staff who may not read the concern learns only that the flag came from one."""

from __future__ import annotations

from django.test import Client

from moderation.concerns.actions import raise_concern, student_reply
from moderation.models import Flag
from moderation.staff.casework import concern_sources
from tests import personas

WORDS = "They keep telling Sam to kill yourself in the group chat."


def a_flagged_concern(counsellor):
    raised = raise_concern(
        trusted_adult=counsellor,
        category="bullying",
        about="someone_else",
        text=WORDS,
        anonymous=True,
    )
    return raised.concern, Flag.objects.get(post=raised.concern.post)


def test_the_lead_sees_where_the_flag_came_from_and_can_open_the_concern(
    db, keyword_library, counsellor, lead
):
    concern, flag = a_flagged_concern(counsellor)
    staff = Client()
    staff.force_login(lead)

    queue = staff.get("/admin/moderation/flags/").content.decode()
    case = staff.get(f"/admin/moderation/flags/{flag.pk}/").content.decode()

    link = f'<a href="/admin/moderation/concerns/{concern.pk}/">From a concern (#{concern.pk})</a>'
    assert link in queue and link in case
    assert "Unknown author" not in queue and "Unknown author" not in case


def test_a_students_answer_to_a_concern_is_from_the_concern_too(
    db, keyword_library, counsellor, lead
):
    concern, _ = a_flagged_concern(counsellor)
    answer = student_reply(concern, "And today again: kill yourself, they said.")
    flag = Flag.objects.get(post=answer.message.post)

    (source,) = concern_sources(lead, [flag]).values()

    assert source.concern_id == concern.pk and source.url


def test_staff_who_may_not_read_the_concern_learn_only_that_it_is_one(
    db, keyword_library, counsellor
):
    _, flag = a_flagged_concern(counsellor)
    teacher = personas.teacher(personas.lms_course("c1", "7B"), "teacher", "Tom Teacher")

    (source,) = concern_sources(teacher, [flag]).values()

    assert source.url == ""
