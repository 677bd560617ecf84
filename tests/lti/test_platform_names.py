"""A registered LMS is named after what it is and where it lives, so that an administrator can
tell two Moodles (or a school's Canvas and its district's) apart in the admin list."""

from __future__ import annotations

from lti.models import Platform
from tests.lti.platform import CANVAS, CANVAS_ISSUER, MOODLE, TestPlatform
from tests.lti.records import registration_link
from tests.personas import safeguarding_lead


def register(client, platform: TestPlatform, lead: str, lms_address: str = "") -> Platform:
    link = registration_link(client, safeguarding_lead(lead), platform.issuer, lms_address)
    response = client.get(
        link,
        {
            "openid_configuration": platform.base + "/.well-known/openid-configuration",
            "registration_token": "reg-token",
        },
        secure=True,
    )
    assert response.status_code == 200, response.content[:300]
    return Platform.objects.get(client_id=platform.registration_client_id, issuer=platform.issuer)


def host(platform: TestPlatform) -> str:
    return platform.base.removeprefix("http://")


def test_two_moodles_are_named_after_their_own_addresses(client, tool_key, started):
    first, second = TestPlatform(behaviour=MOODLE), TestPlatform(behaviour=MOODLE)
    second.registration_client_id = "second-moodle-client"  # each Moodle makes its own
    started += [first, second]
    a = register(client, first, "lead-a")
    b = register(client, second, "lead-b")
    assert a.name == f"Moodle ({host(first)})"
    assert b.name == f"Moodle ({host(second)})"
    listing_names = set(Platform.objects.values_list("name", flat=True))
    assert len(listing_names) == 2


def test_a_moodle_under_a_path_keeps_the_path_in_its_name(client, tool_key, started):
    moodle = TestPlatform(behaviour=MOODLE)
    started.append(moodle)
    moodle.issuer = moodle.base + "/moodle"
    registered = register(client, moodle, "lead", lms_address=moodle.base)
    assert registered.name == f"Moodle ({host(moodle)}/moodle)"


def test_canvas_cloud_is_named_after_the_schools_address_not_the_shared_issuer(
    client, tool_key, started
):
    canvas = TestPlatform(behaviour=CANVAS)
    started.append(canvas)
    canvas.issuer = CANVAS_ISSUER
    registered = register(client, canvas, "lead", lms_address=canvas.base)
    assert registered.name == f"Canvas ({host(canvas)})"


def test_a_second_registration_of_the_same_lms_adds_its_client_id(client, tool_key, started):
    moodle = TestPlatform(behaviour=MOODLE)
    started.append(moodle)
    register(client, moodle, "lead-a")
    moodle.registration_client_id = "second-client"
    second = register(client, moodle, "lead-b")
    assert second.name == f"Moodle ({host(moodle)}), client second-client"


def test_an_lms_that_names_itself_oddly_gets_a_plain_printable_name(client, tool_key, started):
    odd = TestPlatform()
    started.append(odd)
    configuration = odd.openid_configuration()
    odd.openid_configuration = lambda: {
        **configuration,
        "https://purl.imsglobal.org/spec/lti-platform-configuration": {
            "product_family_code": "Evil\x1b[31m LMS" + "x" * 500
        },
    }
    registered = register(client, odd, "lead")
    assert registered.name.startswith("Evil[31m LMS")
    assert registered.name.endswith(f"({host(odd)})")
    assert all(ch.isprintable() for ch in registered.name)


def test_an_lms_that_says_nothing_about_itself_is_named_lms(client, tool_key, started):
    quiet = TestPlatform()
    started.append(quiet)
    configuration = quiet.openid_configuration()
    configuration.pop("https://purl.imsglobal.org/spec/lti-platform-configuration")
    quiet.openid_configuration = lambda: {
        **configuration,
        "https://purl.imsglobal.org/spec/lti-platform-configuration": "not an object",
    }
    assert register(client, quiet, "lead").name == f"LMS ({host(quiet)})"
