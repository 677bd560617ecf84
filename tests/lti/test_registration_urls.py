"""What an LMS administrator pastes: the Canvas JSON configuration URL of their platform."""

from tests.lti.records import CANVAS_ENDPOINTS, platform_by_hand


def test_the_canvas_configuration_lists_our_urls_and_placements(client, db):
    platform = platform_by_hand("https://canvas.school.example", endpoints=CANVAS_ENDPOINTS)
    config = client.get(f"/lti/canvas/{platform.tool_key_set}.json", secure=True).json()
    assert config["oidc_initiation_url"] == "https://testserver/lti/login/"
    assert config["target_link_uri"] == "https://testserver/lti/launch/"
    assert config["public_jwk_url"] == f"https://testserver/lti/jwks/{platform.tool_key_set}/"
    [canvas] = config["extensions"]
    placements = {p["placement"]: p["message_type"] for p in canvas["settings"]["placements"]}
    assert placements == {
        "link_selection": "LtiDeepLinkingRequest",
        "assignment_selection": "LtiDeepLinkingRequest",
        "course_navigation": "LtiResourceLinkRequest",
    }
    assert "https://purl.imsglobal.org/spec/lti-ags/scope/score" in config["scopes"]
    assert canvas["privacy_level"] == "name_only"
