"""Each LMS that registered itself is told a key set of its own, and only that set signs what
is sent to it: the tool's own /lti/jwks/ never lists it, another LMS is never told it, a
rotation renews it, and a registration that saved nothing leaves none behind.
(Why: tests/lti/test_registration_relay.py.)"""

from django.core.management import call_command

from lti.keys import jwks
from lti.models import Platform, ToolKey
from lti.pylti1p3_adapter import ToolRegistration
from tests.lti.platform import TestPlatform
from tests.lti.records import configuration_url, paste, registration_link
from tests.personas import safeguarding_lead


def kids(client, url: str) -> set[str]:
    return {key["kid"] for key in client.get(url, secure=True).json()["keys"]}


def tool_wide_kids() -> set[str]:
    """The tool's own key set as it would be published (/lti/jwks/ answers only while a
    platform configured before signs with it)."""
    return {key["kid"] for key in jwks("")["keys"]}


def register_itself(client, lms: TestPlatform) -> tuple[Platform, str]:
    link = registration_link(
        client, safeguarding_lead(f"lead-{lms.registration_client_id}"), lms.issuer
    )
    assert paste(client, link, configuration_url(lms)).status_code == 200
    return Platform.objects.get(client_id=lms.registration_client_id), lms.registrations[-1][
        "jwks_uri"
    ]


def test_two_self_registered_lmss_and_the_tool_share_no_key(client, tool_key):
    first, second = TestPlatform(), TestPlatform()
    second.registration_client_id = "second-client"
    try:
        a, a_jwks = register_itself(client, first)
        b, b_jwks = register_itself(client, second)
    finally:
        first.stop()
        second.stop()
    own = tool_wide_kids()
    assert own == {tool_key.kid}
    assert client.get("/lti/jwks/").status_code == 404  # no LMS is told the tool's own set
    assert kids(client, a_jwks) and kids(client, b_jwks)
    assert not kids(client, a_jwks) & own and not kids(client, b_jwks) & own
    assert not kids(client, a_jwks) & kids(client, b_jwks)
    # What the tool signs for each (token requests, deep-linking answers) names that set's key.
    assert ToolRegistration(a).get_kid() in kids(client, a_jwks)
    assert ToolRegistration(b).get_kid() in kids(client, b_jwks)


def test_a_rotation_renews_each_self_registered_lmss_set_too(client, tool_key):
    lms = TestPlatform()
    try:
        platform, jwks_uri = register_itself(client, lms)
    finally:
        lms.stop()
    before = kids(client, jwks_uri)
    call_command("lti_keys", "--rotate", stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = kids(client, jwks_uri)
    assert before < after and len(after) == 2  # the new key is published before it signs
    assert len(tool_wide_kids()) == 2
    assert not after & tool_wide_kids()
    assert ToolRegistration(platform).get_kid() in before


def test_a_refused_registration_leaves_no_key_set_behind(client, tool_key):
    lms = TestPlatform()
    lms.issuer = "https://another-school.example"  # its configuration names someone else
    try:
        link = registration_link(client, safeguarding_lead(), lms.base)
        assert paste(client, link, configuration_url(lms)).status_code == 400
    finally:
        lms.stop()
    assert list(ToolKey.objects.all()) == [tool_key]


def test_an_unknown_key_set_is_not_found(client, tool_key):
    assert client.get("/lti/jwks/no-such-set/").status_code == 404
