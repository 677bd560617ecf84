"""A safeguarding lead reads the routing rules and the trusted adults: whether each is active
reads Yes or No, never Python's True or False."""

from __future__ import annotations

import re

from django.test import Client

from moderation.models import RoutingRule
from tests import personas


def cells(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>|\s+", " ", c).strip() for c in re.findall(r"<td.*?</td>", page, re.S)]


def test_routing_rules_and_trusted_adults_say_yes_or_no(db):
    lead = Client()
    lead.force_login(personas.safeguarding_lead("lead"))
    RoutingRule.objects.create(name="Everything to the leads", priority=1, is_default=True)
    RoutingRule.objects.create(name="Year 9 bullying", priority=5, active=False)
    personas.trusted_adult("counsellor", "Ms Rivera", "School counsellor")

    rules = cells(lead.get("/admin/moderation/routing-rules/").content.decode())
    adults = cells(lead.get("/admin/moderation/trusted-adults/").content.decode())

    assert "No" in rules and "Yes" in rules  # one rule is on, the other off
    assert "Yes" in adults
    assert not {"True", "False"} & set(rules + adults)
