"""A platform may not register with a client id another platform already has.

Every token request the tool makes is a client assertion naming the platform only by its client
id. Moodle's token endpoint (mod/lti/token.php) finds the tool by the assertion's `sub` and never
reads its `aud`: a hostile LMS registered under a Moodle school's client id, with a token
endpoint of its own, would be handed assertions it could replay at that school's Moodle for its
rosters and grades, were they signed with a key the school trusts. Each self-registered LMS now
has a key set of its own (tests/lti/test_registration_relay.py); the plain duplicate is still
refused here. Client ids are not secret (every login initiation shows one to the browser).
"""

import pytest
from django.core.exceptions import ValidationError

from lti.models import Platform
from tests.lti.platform import TestPlatform
from tests.lti.records import configuration_url, paste, registration_link
from tests.personas import safeguarding_lead


@pytest.fixture
def school_moodle():
    platform = TestPlatform(client_id="moodle-school-client")
    yield platform
    platform.stop()


@pytest.fixture
def hostile_lms():
    platform = TestPlatform()
    yield platform
    platform.stop()


def test_a_registration_that_answers_with_another_schools_client_id_is_refused(
    school_moodle, hostile_lms, tool_key, client
):
    school = school_moodle.register()
    # A lead made a link for what they took to be a new school's LMS; its registration endpoint
    # answers with the client id it saw in a login initiation of the school's Moodle.
    hostile_lms.registration_client_id = school.client_id
    link = registration_link(client, safeguarding_lead(), hostile_lms.issuer)

    response = paste(client, link, configuration_url(hostile_lms))

    assert response.status_code == 400
    assert b"another platform registered with Upstander already has" in response.content
    assert not Platform.objects.filter(issuer=hostile_lms.issuer).exists()
    assert list(Platform.objects.all()) == [school]


def test_a_registration_with_a_client_id_of_its_own_still_goes_through(
    school_moodle, hostile_lms, tool_key, client
):
    school_moodle.register()
    hostile_lms.registration_client_id = "a-new-client-id"
    link = registration_link(client, safeguarding_lead(), hostile_lms.issuer)

    response = paste(client, link, configuration_url(hostile_lms))

    assert response.status_code == 200, response.content[:300]
    assert Platform.objects.get(issuer=hostile_lms.issuer).client_id == "a-new-client-id"


def test_a_client_id_a_self_registered_platform_holds_cannot_be_entered_by_hand(
    school_moodle, hostile_lms, tool_key, client
):
    # The LMS registered itself first, with the client id the school's Moodle had just made.
    hostile_lms.registration_client_id = school_moodle.client_id
    link = registration_link(client, safeguarding_lead(), hostile_lms.issuer)
    paste(client, link, configuration_url(hostile_lms))
    assert Platform.objects.get().source == Platform.Source.DYNAMIC

    entered = school_moodle.platform_record(name="School Moodle")
    with pytest.raises(ValidationError) as refused:
        entered.full_clean()
    assert "client_id" in refused.value.message_dict


def test_one_client_id_entered_by_hand_for_two_issuers_is_accepted(school_moodle, tool_key):
    # Canvas copies its developer keys to its beta and test sites: one id, three issuers.
    school_moodle.register()
    beta = school_moodle.platform_record(issuer=school_moodle.issuer + "/beta")
    beta.full_clean()
