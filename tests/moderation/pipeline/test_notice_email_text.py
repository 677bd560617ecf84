"""A safeguarding lead's notice reaches the school's relay as the same bytes Django would write
for it, whether the task worker wrote a plain notice's text itself or let Django build an
unusual one (a Spanish category, a subject long enough to fold, a body line too long for SMTP).
"""

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.test import override_settings

from moderation.flags.actions import record_post
from moderation.flags.channels.email import NoticeEmail, _Written, message_id

FROM = "Upstander <safeguarding@school.example>"


def notice_email(subject: str, body: str, to: str = "rivera@school.example") -> NoticeEmail:
    return NoticeEmail(
        subject,
        body,
        FROM,
        [to],
        headers={"Date": "Mon, 07 Dec 2026 21:04:05 -0000", "Message-ID": message_id(41)},
    )


def as_django_writes_it(email: EmailMessage, linesep: str) -> bytes:
    return EmailMessage.message(email).as_bytes(linesep=linesep)


PLAIN = [
    (
        "[Upstander] High: Bullying (flag #12)",
        "Flag #12: High severity, category Bullying.\n\n"
        "Open the case: https://school.example/admin/moderation/flags/12/\n",
    ),
    ("[Upstander] Low: Profanity (flag #7)", "One line, no newline at the end"),
    ("[Upstander] Medium: Drugs (pattern flag #300)", "\nFrom the top: a line beginning From\n\n"),
]
UNUSUAL = [
    ("[Upstander] Crítica: Autolesión (flag #3)", "Abra el caso.\n"),  # not ASCII
    ("[Upstander] Escalated to you: Critical Self-harm and suicide (flag #123456789)", "Go.\n"),
    ("[Upstander]  two spaces", "Body.\n"),
    ("[Upstander] High: Bullying (flag #12)", "Señal #12: alta.\n"),
    ("[Upstander] High: Bullying (flag #12)", "x" * 1200 + "\n"),
    ("[Upstander] High: Bullying (flag #12)", "a line\r\nwith a carriage return\n"),
]


@pytest.mark.parametrize(("subject", "body"), PLAIN)
@pytest.mark.parametrize("linesep", ["\r\n", "\n"])
def test_a_plain_notice_is_written_directly_and_reads_as_django_writes_it(subject, body, linesep):
    email = notice_email(subject, body)
    message = email.message()
    assert isinstance(message, _Written)
    assert message.as_bytes(linesep=linesep) == as_django_writes_it(email, linesep)
    assert message.as_string(linesep=linesep) == as_django_writes_it(email, linesep).decode()
    assert message["Message-ID"] == message_id(41)  # asked of the message Django builds


@pytest.mark.parametrize(("subject", "body"), UNUSUAL)
def test_an_unusual_notice_is_left_to_django(subject, body):
    email = notice_email(subject, body)
    message = email.message()
    assert not isinstance(message, _Written)
    assert message.as_bytes(linesep="\r\n") == as_django_writes_it(email, "\r\n")


def test_an_address_with_a_name_outside_ascii_is_left_to_django():
    email = notice_email(
        "[Upstander] High: Bullying (flag #12)", "Go.\n", "Íñigo <i@school.example>"
    )
    assert not isinstance(email.message(), _Written)


def test_a_header_with_a_newline_is_refused_as_django_refuses_it():
    email = notice_email("[Upstander] High\nBcc: someone@else.example", "Go.\n")
    with pytest.raises(mail.BadHeaderError):
        email.message()


@override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
def test_each_lead_is_sent_a_notice_with_its_own_address_and_message_id(
    keywords, lead, django_capture_on_commit_callbacks
):
    from tests import personas

    second = personas.safeguarding_lead("okafor")
    with django_capture_on_commit_callbacks(execute=True):
        flag = record_post("you are such a loser", source="api").flag
    sent = sorted(mail.outbox, key=lambda email: email.to)
    assert [email.to for email in sent] == sorted([[lead.email], [second.email]])
    ids = {email.message()["Message-ID"] for email in sent}
    assert len(ids) == 2
    for email in sent:
        written = email.message().as_bytes(linesep="\r\n")
        assert written == as_django_writes_it(email, "\r\n")
        assert f"To: {email.to[0]}\r\n".encode() in written
        assert f"#{flag.pk})".encode() in written
