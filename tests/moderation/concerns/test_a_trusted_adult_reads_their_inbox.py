"""A school adds its counsellor to the Trusted adults list, and that is all it takes: she signs
in to the admin with the password her account was made with and reads the concerns students
sent her, and nothing else opens to her. When she leaves the list, the admin closes again."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from moderation.models import TrustedAdult
from tests.moderation.api.conftest import raise_concern_via_form
from tests.personas import safeguarding_lead

PASSWORD = "a long counsellor password"


@pytest.fixture
def mr_okafor(db):
    """An account made on the admin's Users page: a password, no group, no permission."""
    return get_user_model().objects.create_user(username="okafor", password=PASSWORD)


def signed_in_with_password(username: str) -> Client:
    client = Client()
    client.post("/admin/login/", {"username": username, "password": PASSWORD})
    return client


def test_a_counsellor_on_the_list_signs_in_and_reads_only_her_concerns(mr_okafor):
    lead = safeguarding_lead()
    listed = Client()
    listed.force_login(lead)
    added = listed.post(
        "/admin/moderation/trusted-adults/new/",
        {
            "user": mr_okafor.pk,
            "display_name": "Mr Okafor",
            "role_title": "School counsellor",
            "active": "on",
            "sort_order": 1,
        },
    )
    assert added.status_code == 302, added.content.decode()[:1500]
    adult = TrustedAdult.objects.get(user=mr_okafor)
    raise_concern_via_form(Client(), adult)

    counsellor = signed_in_with_password("okafor")
    inbox = counsellor.get("/admin/moderation/concerns/")

    assert inbox.status_code == 200
    assert "calling Sam a loser" in inbox.content.decode() or "Bullying" in inbox.content.decode()
    assert counsellor.get("/admin/moderation/flags/").status_code == 403
    assert counsellor.get("/admin/pages/").status_code in (302, 403)


def test_stepping_down_closes_the_admin_again(mr_okafor):
    adult = TrustedAdult.objects.create(user=mr_okafor, display_name="Mr Okafor")
    assert signed_in_with_password("okafor").get("/admin/moderation/concerns/").status_code == 200

    adult.active = False
    adult.save()

    assert signed_in_with_password("okafor").get("/admin/").status_code == 302  # to the login
    adult.delete()
    assert not mr_okafor.groups.exists()
