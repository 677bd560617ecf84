"""A student opens their conversation with the claim code, writes an answer and sends it; then
reloads the page (the browser sends the form again) or clicks Send twice. The adult reads the
answer once. Found in the demo: a reload after "Your answer was sent." put the same answer in
the adult's conversation a second time."""

from __future__ import annotations

import re

from django.test import Client

from moderation.models import Concern, ConcernMessage
from tests.moderation.api.conftest import raise_concern_via_form

SUBMISSION = re.compile(r'name="submission" value="([^"]+)"')
ANSWER = "He also said not to tell anyone about the photos."


def the_reply_form_as_drawn(student: Client, code: str) -> dict[str, str]:
    page = student.post("/concern/claim/", {"code": code}).content.decode()
    drawn = SUBMISSION.search(page)
    assert drawn, "the answer form carries its submission value"
    return {"code": code, "text": ANSWER, "submission": drawn.group(1)}


def answers_in(conversation) -> list[str]:
    return list(
        ConcernMessage.objects.filter(concern=conversation, from_staff=False)
        .order_by("pk")
        .values_list("text", flat=True)
    )


def test_sending_the_same_answer_form_twice_sends_it_once(db, keyword_library, counsellor):
    student = Client()
    _, code = raise_concern_via_form(student, counsellor)
    form = the_reply_form_as_drawn(student, code)
    concern = Concern.objects.get()

    first = student.post("/concern/claim/reply/", form)
    again = student.post("/concern/claim/reply/", form)  # a reload, or a second click

    assert first.status_code == again.status_code == 200
    assert answers_in(concern).count(ANSWER) == 1
    shown = again.content.decode()
    assert "Your answer was sent." in shown
    assert shown.count(ANSWER) == 1  # in the conversation once, not refilled in the box


def test_a_new_answer_from_the_page_after_sending_is_sent(db, keyword_library, counsellor):
    student = Client()
    _, code = raise_concern_via_form(student, counsellor)
    form = the_reply_form_as_drawn(student, code)
    concern = Concern.objects.get()

    after = student.post("/concern/claim/reply/", form).content.decode()
    fresh = SUBMISSION.search(after).group(1)
    assert fresh != form["submission"]  # the page after sending draws a new form
    student.post(
        "/concern/claim/reply/", {"code": code, "text": "And today too.", "submission": fresh}
    )

    assert answers_in(concern)[-2:] == [ANSWER, "And today too."]


def test_an_answer_refused_by_the_limit_may_be_sent_again(
    db, keyword_library, counsellor, monkeypatch
):
    from moderation.concerns import views
    from moderation.concerns.actions import TooManyMessages

    student = Client()
    _, code = raise_concern_via_form(student, counsellor)
    form = the_reply_form_as_drawn(student, code)
    concern = Concern.objects.get()

    def too_many(*args, **kwargs):
        raise TooManyMessages(60)

    with monkeypatch.context() as busy:
        busy.setattr(views, "admit_student_message", too_many)
        refused = student.post("/concern/claim/reply/", form)
    assert refused.status_code == 429
    sent = student.post("/concern/claim/reply/", form)  # a minute later, the same page

    assert sent.status_code == 200
    assert answers_in(concern).count(ANSWER) == 1
