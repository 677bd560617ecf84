"""The safeguarding lead of `make demo` writes why a match is innocent on the case page, adds an
exception on a keyword's page and filters the audit log: each box they type in has an edge
they can see. Found in the demo: those boxes had no border at all, white on the white page,
so "Why is "kill myself" innocent here? (required)" seemed to have nowhere to write."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import sign_in_to_admin

pytestmark = pytest.mark.browser

BOXES_WITHOUT_AN_EDGE = """
() => [...document.querySelectorAll('main input, main textarea, main select')]
  .filter((el) => !['hidden', 'radio', 'checkbox', 'submit', 'button'].includes(el.type))
  .filter((el) => el.getBoundingClientRect().width > 0)
  .filter((el) => {
    const s = getComputedStyle(el);
    return parseFloat(s.borderTopWidth) === 0 && parseFloat(s.borderBottomWidth) === 0
      && s.boxShadow === 'none';
  })
  .map((el) => el.id || el.name)
"""


def test_every_box_the_lead_types_in_has_an_edge(person):
    from moderation.flags.services import moderate_post
    from moderation.models import Flag, KeywordEntry

    moderate_post("Sometimes I want to kill myself", author=None, course=None, kind="discussion")
    flag = Flag.objects.get()
    entry = KeywordEntry.objects.filter(term__iexact="kill myself").first() or (
        KeywordEntry.objects.first()
    )
    lead = person()
    sign_in_to_admin(lead, "safeguarding")

    for path, what in (
        (f"/admin/moderation/flags/{flag.pk}/", "the case page"),
        (f"/admin/moderation/entries/{entry.pk}/", "a keyword's page"),
        ("/admin/moderation/audit/", "the audit log"),
    ):
        lead.goto(path)
        lead.locator("main").wait_for()
        assert lead.evaluate(BOXES_WITHOUT_AN_EDGE) == [], f"{what}: a box with no edge"
    lead.goto(f"/admin/moderation/flags/{flag.pk}/")
    assert lead.get_by_label('Why is "kill myself" innocent here? (required)').first.is_visible()
