"""After `make demo`, on 390 px phones: a student's joke in the class discussion is flagged, the
teacher reports it a false alarm from the dashboard (they cannot clear it), and the safeguarding
lead finds the report in the queue, reads the post with the word highlighted and defined, marks
it a false positive, accepts the exception it proposes and, back on the case, closes it; the
same joke is then not flagged.
Everything comes from what `load_demo` makes, through the demo LMS as the README says."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import PHONE, scroll_width, sign_in_to_admin

pytestmark = pytest.mark.browser

LESSON = "Passphrase Power"
JOKE = "I'd murder for a pizza right now, passwords make me hungry"


def on_screen(locator) -> None:
    box = locator.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box


def student_posts(student, text: str) -> None:
    student.goto("/lti/demo/")
    student.get_by_role("link", name=f"Launch as student: {LESSON}").click()
    student.locator("#progress-label").wait_for()
    student.get_by_role("link", name="Discussion").first.click()
    student.get_by_label("Your post").fill(text)
    student.get_by_role("button", name="Post to the class").click()
    student.get_by_text(text).wait_for()


def test_a_teachers_false_alarm_reaches_the_lead_who_accepts_an_exception(phones):
    from moderation.models import FalseAlarmReport, Flag, KeywordEntry

    teacher = phones()
    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: choose lessons").click()
    teacher.get_by_label(re.compile(LESSON)).check()
    teacher.get_by_role("button", name="Add to course").click()
    teacher.get_by_role("link", name=f"Launch as student: {LESSON}").wait_for()

    student = phones()
    student_posts(student, JOKE)
    flag = Flag.objects.get()
    assert (flag.category, flag.get_severity_display()) == ("violence", "Informational")

    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: course dashboard").click()
    teacher.get_by_role("heading", name="Flagged posts in this course").wait_for()
    assert scroll_width(teacher) <= PHONE["width"]
    teacher.get_by_text("Report a false alarm").click()
    assert "Killing someone unlawfully" in teacher.locator("details.false-alarm").inner_text()
    assert "murder" not in teacher.locator("main").inner_text()  # the post stays in Discussion
    teacher.get_by_label("Why is this post innocent?").fill("A joke about being hungry")
    send = teacher.get_by_role("button", name="Send to the safeguarding lead")
    on_screen(send)
    send.click()
    teacher.get_by_text("Reported as a false alarm.").wait_for()
    assert FalseAlarmReport.objects.get().reason == "A joke about being hungry"
    assert Flag.objects.get().status == Flag.Status.NEW  # the lead decides

    lead = phones()
    sign_in_to_admin(lead, "safeguarding")
    lead.goto("/admin/moderation/flags/")
    assert (
        "a teacher reports a false alarm" in lead.locator(f"tr[data-flag='{flag.pk}']").inner_text()
    )
    open_case = lead.get_by_role("link", name=f"Open case {flag.pk}")
    on_screen(open_case)
    open_case.click()
    assert "A joke about being hungry" in lead.locator(".moderation-false-alarms").inner_text()
    lead.get_by_role("button", name=f"Reveal text of flag {flag.pk}").click()
    word = lead.locator("mark.moderation-match")
    assert word.inner_text() == "murder"
    assert "Killing someone unlawfully" in word.get_attribute("title")
    assert scroll_width(lead) <= PHONE["width"]

    lead.get_by_label('Why is "murder" innocent here?').fill("Hungry, not violent")
    lead.get_by_role("button", name="Mark false positive").click()
    lead.get_by_text('Proposed exception for "murder": "murder for a pizza"').wait_for()
    lead.get_by_role("link", name='Accept an exception for "murder"').click()
    proposal = lead.locator("li", has_text='"murder for a pizza"')
    proposal.get_by_label("Reason (required)").fill("Hungry, not violent")
    accept = proposal.get_by_role("button", name="Accept as exception")
    on_screen(accept)
    accept.click()
    lead.get_by_text("Exception added.").wait_for()
    # Back on the case, the lead closes it.
    assert lead.url.endswith(f"/admin/moderation/flags/{flag.pk}/")
    assert scroll_width(lead) <= PHONE["width"]
    lead.get_by_label("False positive").check()
    lead.get_by_role("button", name="Resolve").click()
    lead.get_by_text("The case is resolved.").first.wait_for()
    assert Flag.objects.get().outcome == Flag.Outcome.FALSE_POSITIVE
    assert (
        "murder for a pizza" in KeywordEntry.objects.get(pk=flag.matches.get().entry_id).exceptions
    )

    student_posts(student, JOKE.replace("right now", "after school"))
    assert Flag.objects.count() == 1
