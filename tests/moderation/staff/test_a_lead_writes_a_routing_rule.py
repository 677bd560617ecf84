"""Dana, a safeguarding lead, writes a routing rule in the admin: self-harm flags to the school
counsellor. Walking `make demo` in Chromium, the rule's categories were a text box holding "[]"
(JSON to type by hand), and its people lists offered every student's account by its LTI login
("lti-3a0327b5d559e411397b") beside the staff."""

from __future__ import annotations

import pytest

from moderation.models import RoutingRule
from tests import personas

pytestmark = pytest.mark.django_db

NEW_RULE = "/admin/moderation/routing-rules/new/"


def test_she_ticks_the_categories_and_names_a_member_of_staff(client, lead, teacher, student):
    counsellor = personas.staff_member("okafor", first_name="Ben", last_name="Okafor")
    client.force_login(lead)

    html = client.get(NEW_RULE).content.decode()

    assert 'type="checkbox" name="categories" value="self_harm"' in html
    assert "Self-harm and suicide" in html
    assert ">[]<" not in html
    assert "Ben Okafor (okafor)" in html
    assert "Tom Teacher (teacher)" in html  # the course's teacher, by the name the LMS gave
    assert "Sam Student" not in html and ">student<" not in html

    response = client.post(
        NEW_RULE,
        {
            "name": "Self-harm to the counsellor",
            "priority": "10",
            "active": "on",
            "categories": ["self_harm", "eating_disorders"],
            "min_severity": "1",
            "users": [counsellor.pk],
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    rule = RoutingRule.objects.get(name="Self-harm to the counsellor")
    assert rule.categories == ["self_harm", "eating_disorders"]
    assert list(rule.users.all()) == [counsellor]


def test_a_students_account_named_in_a_crafted_post_is_refused(client, lead, student):
    client.force_login(lead)

    response = client.post(
        NEW_RULE,
        {"name": "To a student", "priority": "10", "min_severity": "1", "users": [student.pk]},
    )

    assert response.status_code == 200  # the form again, with its error
    assert not RoutingRule.objects.filter(name="To a student").exists()


def test_a_rule_with_no_category_ticked_still_covers_every_category(client, lead):
    client.force_login(lead)

    client.post(NEW_RULE, {"name": "Everything", "priority": "10", "min_severity": "1"})

    assert RoutingRule.objects.get(name="Everything").categories == []
