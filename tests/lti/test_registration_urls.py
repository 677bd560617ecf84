"""What an LMS administrator pastes: the Canvas JSON configuration URL."""


def test_the_canvas_configuration_lists_our_urls_and_placements(client, db):
    config = client.get("/lti/canvas.json", secure=True).json()
    assert config["oidc_initiation_url"] == "https://testserver/lti/login/"
    assert config["target_link_uri"] == "https://testserver/lti/launch/"
    assert config["public_jwk_url"] == "https://testserver/lti/jwks/"
    [canvas] = config["extensions"]
    placements = {p["placement"]: p["message_type"] for p in canvas["settings"]["placements"]}
    assert placements == {
        "link_selection": "LtiDeepLinkingRequest",
        "assignment_selection": "LtiDeepLinkingRequest",
        "course_navigation": "LtiResourceLinkRequest",
    }
    assert "https://purl.imsglobal.org/spec/lti-ags/scope/score" in config["scopes"]
    assert canvas["privacy_level"] == "name_only"
