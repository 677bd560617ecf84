"""The tool-wide key set, /lti/jwks/, is published only while an LMS still trusts it.

Platforms configured before every platform had keys of its own sign with the tool's one key
until an administrator moves them. Once each has moved (or been switched off, or deleted), no
LMS should be told to trust that key any more, yet /lti/jwks/ and the Canvas JSON naming it
(/lti/canvas.json) kept answering: an LMS entered with them would trust keys that sign for no
platform. Now both answer 404 once no active platform signs with the tool's key, the rule each
platform's own set already followed.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model

from tests.lti.records import platform_by_hand

TOOL_WIDE = ("/lti/jwks/", "/lti/canvas.json")


def answers(client) -> list[int]:
    return [client.get(path, secure=True).status_code for path in TOOL_WIDE]


def test_a_new_installation_publishes_no_tool_wide_key_set(client, tool_key):
    assert answers(client) == [404, 404]
    platform_by_hand("https://moodle.new.example")  # a new platform: keys of its own
    assert answers(client) == [404, 404]


def test_it_answers_while_a_platform_configured_before_signs_with_it(client, tool_key):
    older = platform_by_hand("https://moodle.old.example", configured_before=True)
    assert answers(client) == [200, 200]
    assert [key["kid"] for key in client.get("/lti/jwks/").json()["keys"]] == [tool_key.kid]
    canvas = client.get("/lti/canvas.json", secure=True).json()
    assert canvas["public_jwk_url"] == "https://testserver/lti/jwks/"

    older.is_active = False
    older.save()
    assert answers(client) == [404, 404]


def test_it_goes_once_the_last_platform_configured_before_is_given_keys_of_its_own(
    client, tool_key
):
    first = platform_by_hand("https://moodle.a.example", client_id="a", configured_before=True)
    second = platform_by_hand("https://moodle.b.example", client_id="b", configured_before=True)
    client.force_login(get_user_model().objects.create_superuser("root", password="pw"))
    client.post(f"/admin/lti/platforms/{first.pk}/own-keys/")
    assert answers(client) == [200, 200]  # the second still signs with it
    client.post(f"/admin/lti/platforms/{second.pk}/own-keys/")
    assert answers(client) == [404, 404]


def test_it_goes_when_the_last_platform_configured_before_is_deleted(client, tool_key):
    older = platform_by_hand("https://moodle.old.example", configured_before=True)
    older.delete()
    assert answers(client) == [404, 404]
