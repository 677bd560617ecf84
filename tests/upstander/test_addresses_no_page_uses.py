"""An attacker's odd addresses get a clear answer, never a 500 (PostgreSQL refuses a NUL in any
query, SQLite an integer past 2**63): the public search's filters, the picker's, the staff
filters, the LTI pages."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from moderation.staff.permissions import LEADS_GROUP
from upstander.params import database_id


@pytest.mark.parametrize(
    "address",
    [
        "/search/?strand=%00",
        "/search/?q=kind&grade_band=%00",
        "/concern/?x=%01",
        "/lti/continue/a%00b/",
        "/admin/moderation/audit/?action=%00",
        "/admin/moderation/flags/?course=%00",
    ],
)
def test_an_address_with_a_nul_or_control_character_is_a_clear_400(client, db, address):
    response = client.get(address)
    assert response.status_code == 400
    assert b"characters that no page uses" in response.content


def test_a_launch_whose_state_holds_a_nul_is_refused_before_any_lookup(client, db):
    response = client.post(
        "/lti/launch/", {"id_token": "a.b.c", "state": "abc\x00def"}, secure=True
    )
    assert response.status_code == 400
    assert b"state is not valid" in response.content


def test_an_id_too_large_for_the_database_filters_nothing_instead_of_failing(client, db):
    lead = get_user_model().objects.create_user("lead-filter", password="x-long-enough-1")
    lead.groups.add(Group.objects.get(name=LEADS_GROUP))
    client.force_login(lead)
    huge = "9" * 22
    assert client.get(f"/admin/moderation/flags/?course={huge}").status_code == 200
    assert client.get(f"/admin/moderation/flags/?student={huge}").status_code == 200


@pytest.mark.parametrize(
    "value, expected",
    [
        ("12", 12),
        (7, 7),
        ("0", None),
        ("-3", None),
        ("9" * 22, None),
        ("١٢", None),
        (None, None),
        ("", None),
        (True, None),
        (2**63 - 1, 2**63 - 1),
        (2**63, None),
    ],
)
def test_an_id_from_a_query_is_a_positive_number_the_database_can_hold(value, expected):
    assert database_id(value) == expected
