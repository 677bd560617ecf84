"""With the claim code (in a POST body, never a URL) a student reads replies and answers."""

from __future__ import annotations

from django.core import mail
from django.test import Client

from moderation.models import AuditEntry, Concern, ConcernMessage, Flag, StaffNotification

from .conftest import raise_concern_via_form


def staff_answers(adult, concern: Concern, text: str) -> None:
    staff = Client()
    staff.force_login(adult.user)
    response = staff.post(f"/admin/moderation/concerns/{concern.pk}/reply/", {"text": text})
    assert response.status_code == 302, response.content.decode()[:1000]


def test_the_student_reads_the_reply_and_answers_it(
    db, keyword_library, counsellor, django_capture_on_commit_callbacks
):
    student = Client()
    _, code = raise_concern_via_form(student, counsellor)
    concern = Concern.objects.get()
    staff_answers(counsellor, concern, "Thank you for telling me. Is Sam safe at school today?")

    page = student.post("/concern/claim/", {"code": code})
    assert page.status_code == 200
    text = page.content.decode()
    assert "Is Sam safe at school today?" in text and "Ms Rivera" in text
    assert "group chat" in text  # their own words, to keep the thread readable
    assert code not in page.get("Location", "")

    with django_capture_on_commit_callbacks(execute=True):
        answered = student.post(
            "/concern/claim/reply/", {"code": code, "text": "Yes, he is OK now."}
        )
    assert answered.status_code == 200
    assert "Your answer was sent" in answered.content.decode()
    message = ConcernMessage.objects.get(from_staff=False)
    assert message.text == "Yes, he is OK now." and message.staff_author is None
    concern.refresh_from_db()
    assert concern.status == Concern.Status.OPEN
    assert StaffNotification.objects.filter(
        recipient=counsellor.user, concern=concern, reason="reply"
    ).exists()
    actions = set(
        AuditEntry.objects.filter(object_id=str(concern.pk)).values_list("action", flat=True)
    )
    assert {"concern.viewed_by_student", "concern.student_replied", "concern.replied"} <= actions


def test_codes_are_accepted_in_any_case_and_with_spaces(db, keyword_library, counsellor):
    _, code = raise_concern_via_form(Client(), counsellor)
    typed = code.lower().replace("-", " ")
    assert Client().post("/concern/claim/", {"code": typed}).status_code == 200


def test_the_students_answers_are_scanned_too(db, keyword_library, counsellor, lead):
    _, code = raise_concern_via_form(Client(), counsellor, text="Something happened at lunch.")
    assert not Flag.objects.exists()
    Client().post("/concern/claim/reply/", {"code": code, "text": "I brought a knife to school"})
    flag = Flag.objects.get()
    assert flag.category == "violence"
    assert lead in flag.routed_to.all()
    assert ConcernMessage.objects.get(from_staff=False).post == flag.post


def test_a_closed_concern_reopens_when_the_student_writes_again(db, keyword_library, counsellor):
    _, code = raise_concern_via_form(Client(), counsellor)
    Concern.objects.update(status=Concern.Status.CLOSED)
    Client().post("/concern/claim/reply/", {"code": code, "text": "It started again."})
    assert Concern.objects.get().status == Concern.Status.OPEN


def test_a_wrong_code_gets_a_generic_message(db, keyword_library, counsellor):
    raise_concern_via_form(Client(), counsellor)
    for wrong in ["ABCD-EFGH-JKMN-PQRS", "not a code", "0000-1111-IIII-OOOO"]:
        response = Client().post("/concern/claim/", {"code": wrong})
        assert response.status_code == 403
        assert "did not open a conversation" in response.content.decode()
    answered = Client().post("/concern/claim/reply/", {"code": "ABCD-EFGH-JKMN-PQRS", "text": "x"})
    assert answered.status_code == 403
    assert not ConcernMessage.objects.exists()


def test_wrong_codes_are_rate_limited_per_client(db, keyword_library, counsellor, settings):
    settings.CONCERN_CLAIM_MAX_FAILURES = 3
    _, code = raise_concern_via_form(Client(), counsellor)
    guesser = Client(REMOTE_ADDR="198.51.100.9")
    statuses = [
        guesser.post("/concern/claim/", {"code": "ABCD-EFGH-JKMN-PQRS"}).status_code
        for _ in range(4)
    ]
    assert statuses == [403, 403, 403, 429]
    # Even the right code waits now, from that client; the student elsewhere is unaffected.
    assert guesser.post("/concern/claim/", {"code": code}).status_code == 429
    assert (
        Client(REMOTE_ADDR="192.0.2.5").post("/concern/claim/", {"code": code}).status_code == 200
    )


def test_the_claim_page_never_puts_the_code_in_a_url(db, keyword_library, counsellor):
    _, code = raise_concern_via_form(Client(), counsellor)
    assert Client().get("/concern/claim/", {"code": code}).status_code == 200
    assert not AuditEntry.objects.filter(action="concern.viewed_by_student").exists()
    page = Client().post("/concern/claim/", {"code": code}).content.decode()
    assert f"?code={code}" not in page and 'method="post"' in page


def test_each_answer_from_the_student_is_news_to_the_adult(
    db, keyword_library, counsellor, django_capture_on_commit_callbacks
):
    _, code = raise_concern_via_form(Client(), counsellor)
    mail.outbox.clear()
    for text in ("First answer.", "Second answer."):
        with django_capture_on_commit_callbacks(execute=True):
            Client().post("/concern/claim/reply/", {"code": code, "text": text})
    replies = [m for m in mail.outbox if "New message on concern" in m.subject]
    assert len(replies) == 2
    assert all("answer" not in m.body for m in replies)
    notice = StaffNotification.objects.get(recipient=counsellor.user, reason="reply")
    assert notice.read_at is None
