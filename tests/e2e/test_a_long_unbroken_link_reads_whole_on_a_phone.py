"""A student's post or concern carries a long address or a word with no space in it (a link to a
chat group, 'soooooo…'): the safeguarding lead reads it on a 390 px phone, and every character
is on the screen, wrapped onto the next lines. Before, the case page and the concern's
conversation ran the word off the right edge, cut off where nobody could scroll: the lead
could not read the address a groomer sent."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE, sign_in_to_admin

pytestmark = pytest.mark.browser

LINK = "https://chat.example.net/join/" + "q7Rk2" * 30
# How far right the text of the elements matched reaches, letter by letter (a Range over them).
TEXT_RIGHT = """
(selector) => Math.max(...[...document.querySelectorAll(selector)].flatMap((el) => {
  const range = document.createRange();
  range.selectNodeContents(el);
  return [...range.getClientRects()].map((rect) => Math.ceil(rect.right));
}))
"""


@pytest.fixture
def lead_on_a_phone(phone, demo):
    lead = phone(demo.url)
    sign_in_to_admin(lead, "safeguarding")
    return lead


def test_the_lead_reads_a_flagged_posts_long_link_whole_on_a_phone(lead_on_a_phone):
    from moderation.flags.services import moderate_post
    from moderation.models import Flag

    moderate_post(
        f"kill yourself, everyone is in here {LINK}", author=None, course=None, kind="discussion"
    )
    flag = Flag.objects.get()
    lead = lead_on_a_phone
    lead.goto(f"/admin/moderation/flags/{flag.pk}/")
    lead.get_by_role("button", name=f"Reveal text of flag {flag.pk}").click()
    lead.locator(".moderation-post").first.wait_for()

    right = lead.evaluate(TEXT_RIGHT, ".moderation-post")
    assert right <= PHONE["width"], f"the post's text reaches {right} px at 390 px"


def test_the_trusted_adult_reads_a_concerns_long_link_whole_on_a_phone(lead_on_a_phone):
    from moderation.concerns.actions import raise_concern
    from moderation.models import TrustedAdult

    concern = raise_concern(
        trusted_adult=TrustedAdult.objects.get(display_name="Ms Rivera"),
        about="someone_else",
        category="grooming",
        text=f"A man keeps sending my friend this link: {LINK}",
        anonymous=True,
    ).concern
    lead = lead_on_a_phone
    lead.goto(f"/admin/moderation/concerns/{concern.pk}/")
    lead.get_by_text("A man keeps sending my friend this link").wait_for()

    right = lead.evaluate(TEXT_RIGHT, ".concern-conversation p")
    assert right <= PHONE["width"], f"the concern's text reaches {right} px at 390 px"
