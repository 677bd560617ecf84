"""A student sends a concern, reads "Thank you for telling us" with their claim code, and
reloads the page (or clicked Send twice): the adult still gets one concern, the code is shown
once, and it is in no URL and no table."""

from __future__ import annotations

import re

from django.test import Client

from moderation.models import Concern
from tests.moderation.api.conftest import CODE_IN_PAGE, concern_form
from tests.services import every_cell

SUBMISSION = re.compile(r'name="submission" value="([^"]+)"')


def the_form_as_drawn(student: Client) -> str:
    page = student.get("/concern/").content.decode()
    match = SUBMISSION.search(page)
    assert match, "the form carries its submission value"
    return match.group(1)


def test_reloading_the_thank_you_page_sends_no_second_concern(db, keyword_library, counsellor):
    student = Client()
    form = concern_form(counsellor, submission=the_form_as_drawn(student))

    sent = student.post("/concern/", form)
    assert sent.status_code == 303  # the browser GETs the thank-you page: a reload resends nothing
    thank_you = student.get(sent["Location"])
    code = CODE_IN_PAGE.search(thank_you.content.decode()).group(1)

    reloaded = student.get(sent["Location"])

    assert Concern.objects.count() == 1
    again = reloaded.content.decode()
    assert reloaded.status_code == 200 and "Thank you for telling us" in again
    assert code not in again and "shown once" in again
    claimed = student.post("/concern/claim/", {"code": code})
    assert claimed.status_code == 200  # the code shown once opens the conversation


def test_a_double_click_on_send_makes_one_concern(db, keyword_library, counsellor):
    student = Client()
    form = concern_form(counsellor, submission=the_form_as_drawn(student))

    first = student.post("/concern/", form)
    second = student.post("/concern/", form)  # the browser shows this answer

    assert Concern.objects.count() == 1
    assert second.status_code == 303 and second["Location"] == first["Location"]
    shown = student.get(second["Location"]).content.decode()
    assert CODE_IN_PAGE.search(shown)


def test_the_code_is_in_no_url_and_in_no_table(db, keyword_library, counsellor):
    student = Client()
    sent = student.post(
        "/concern/", concern_form(counsellor, submission=the_form_as_drawn(student))
    )
    code = CODE_IN_PAGE.search(student.get(sent["Location"]).content.decode()).group(1)

    assert code not in sent["Location"] and code.replace("-", "") not in sent["Location"]
    cells = "\n".join(every_cell())
    assert code not in cells and code.replace("-", "") not in cells


def test_a_stale_or_made_up_thank_you_link_shows_no_code(db, keyword_library, counsellor):
    page = Client().get("/concern/sent/bm90LWEtdG9rZW4/").content.decode()
    assert "shown once" in page and not CODE_IN_PAGE.search(page)
