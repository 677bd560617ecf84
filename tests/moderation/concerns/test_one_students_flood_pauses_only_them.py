"""A school's students reach the internet through one router, so they share one address. One of
them, signed in from the LMS, sends concern after concern: the form pauses for that student
alone. Before, the limit was the address's, and a classmate behind the same router who needed
to tell someone was paused for ten minutes too."""

from __future__ import annotations

from django.conf import settings
from django.test import Client

from moderation.models import Concern
from tests.moderation.api.conftest import concern_form, raise_concern_via_form
from tests.personas import lms_course, student

SCHOOL_ROUTER = "203.0.113.7"


def test_a_signed_in_students_flood_does_not_pause_a_classmate_behind_the_same_router(
    db, keyword_library, counsellor
):
    course = lms_course("ctx-9", "Year 9")
    flooder = Client(REMOTE_ADDR=SCHOOL_ROUTER)
    flooder.force_login(student(course, "flooder", "Flo Flooder"))
    for _ in range(settings.CONCERN_MAX_PER_CLIENT):
        raise_concern_via_form(flooder, counsellor)
    assert flooder.post("/concern/", concern_form(counsellor)).status_code == 429

    classmate = Client(REMOTE_ADDR=SCHOOL_ROUTER)
    classmate.force_login(student(course, "worried", "Wren Worried"))
    raise_concern_via_form(classmate, counsellor, text="Someone is hurting me at home.")

    assert Concern.objects.count() == settings.CONCERN_MAX_PER_CLIENT + 1


def test_a_student_who_is_not_signed_in_is_still_limited_by_their_network(
    db, keyword_library, counsellor
):
    course = lms_course("ctx-9", "Year 9")
    signed_in = Client(REMOTE_ADDR=SCHOOL_ROUTER)
    signed_in.force_login(student(course, "flooder", "Flo Flooder"))
    for _ in range(settings.CONCERN_MAX_PER_CLIENT):
        raise_concern_via_form(signed_in, counsellor)

    # Signing out does not add to the account's count, nor give the network more than its own.
    anonymous = Client(REMOTE_ADDR=SCHOOL_ROUTER)
    for _ in range(settings.CONCERN_MAX_PER_CLIENT):
        raise_concern_via_form(anonymous, counsellor)
    assert anonymous.post("/concern/", concern_form(counsellor)).status_code == 429
