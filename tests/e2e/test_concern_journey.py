"""A worried student tells a trusted adult, anonymously, and comes back for the answer: in
Chromium, from exactly what `make demo` makes, on a desktop and on a 390 px phone, over http
(the demo) and behind TLS (production).

Before, every submit of /concern/ and /concern/claim/ was a 403 "CSRF verification failed":
the pages sent `Referrer-Policy: no-referrer`, so Chromium put `Origin: null` on the POST.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import DESKTOP, PHONE, scroll_width, sign_in_to_admin

pytestmark = pytest.mark.browser

WORRY = "Someone in my class keeps sending me mean messages at night and I feel scared."
ANSWER_FROM_THE_LEAD = "Thank you for telling me. Can you come to my office at lunch tomorrow?"
STUDENTS_ANSWER = "Yes, I will come at lunch. Thank you."


@pytest.fixture(params=["desktop", "phone"])
def viewport(request):
    return request.param


@pytest.fixture
def open_browser(browser, school, viewport):
    contexts = []

    def new_person():
        """A new browser profile: nothing shared with anyone else, like a different device."""
        options = {"viewport": PHONE, "is_mobile": True} if viewport == "phone" else {}
        context = browser.new_context(
            base_url=school,
            viewport=options.pop("viewport", DESKTOP),
            ignore_https_errors=True,  # the TLS front's certificate is self-signed
            **options,
        )
        context.set_default_timeout(30_000)
        contexts.append(context)
        page = context.new_page()
        page.refused = []  # every 4xx/5xx the person met
        page.on(
            "response",
            lambda r: r.status >= 400 and page.refused.append(f"{r.status} {r.url}"),
        )
        return page

    yield new_person
    for context in contexts:
        context.close()


def fits_the_phone(page, viewport: str) -> None:
    if viewport == "phone":
        assert scroll_width(page) <= PHONE["width"], f"{page.url} scrolls sideways"


def test_a_student_raises_a_concern_anonymously_and_reads_the_leads_answer(open_browser, viewport):
    from moderation.models import Concern

    # The student, not signed in, tells Ms Rivera (the demo's safeguarding lead).
    student = open_browser()
    student.goto("/concern/")
    fits_the_phone(student, viewport)
    student.get_by_label("Ms Rivera (Designated safeguarding lead)").check()
    student.get_by_label("Myself").check()
    student.get_by_label("What is it about?").select_option("bullying")
    student.get_by_label("What is happening?").fill(WORRY)
    student.get_by_role("button", name="Send to the adult I chose").click()

    student.get_by_role("heading", name="Thank you for telling us").wait_for()
    fits_the_phone(student, viewport)
    code = student.get_by_role("textbox", name="Claim code").input_value()
    assert len(code.replace("-", "")) == 16
    assert student.refused == []
    concern = Concern.objects.get()
    assert concern.anonymous and concern.trusted_adult.display_name == "Ms Rivera"

    # The lead signs in with the login `make demo` printed and answers in the admin.
    lead = open_browser()
    sign_in_to_admin(lead, "safeguarding")
    lead.goto("/admin/moderation/concerns/")
    lead.get_by_role("link", name=f"Read concern {concern.pk}").click()
    lead.get_by_text(WORRY).wait_for()  # the student's words, in the conversation
    lead.get_by_label("Your answer to the student").fill(ANSWER_FROM_THE_LEAD)
    lead.get_by_role("button", name="Send the answer").click()
    lead.get_by_text(ANSWER_FROM_THE_LEAD).first.wait_for()

    # Later, on another device, the student comes back with the code and answers.
    later = open_browser()
    later.goto("/concern/claim/")
    fits_the_phone(later, viewport)
    later.get_by_label("Your claim code").fill(code)
    later.get_by_role("button", name="Open").click()
    later.get_by_role("heading", name="Your conversation with Ms Rivera").wait_for()
    fits_the_phone(later, viewport)
    assert ANSWER_FROM_THE_LEAD in later.content()
    later.get_by_label("Your answer").fill(STUDENTS_ANSWER)
    later.get_by_role("button", name="Send my answer").click()
    later.get_by_text("Your answer was sent.").wait_for()
    assert STUDENTS_ANSWER in later.content()
    fits_the_phone(later, viewport)
    assert later.refused == []
    assert [m.text for m in concern.messages.order_by("pk")][-1] == STUDENTS_ANSWER
