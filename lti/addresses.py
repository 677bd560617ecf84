"""What an LMS administrator pastes into the LMS for one platform: the tool's login and launch
addresses, and the key set that platform, and no other, is told to trust."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse

from lti.models import Platform


@dataclass(frozen=True, slots=True)
class ToolAddresses:
    login_url: str
    launch_url: str  # also the redirect URI and the deep-linking URL
    jwks_url: str
    canvas_config_url: str
    # Signs with the tool's own key at /lti/jwks/, which every platform configured before
    # each had a set of its own trusts: an administrator should move it (give_own_key_set).
    shares_tool_key: bool


def tool_addresses(request: HttpRequest, platform: Platform) -> ToolAddresses:
    key_set = platform.tool_key_set
    if key_set:
        jwks = reverse("lti:key_set_jwks", args=[key_set])
        canvas = reverse("lti:key_set_canvas_config", args=[key_set])
    else:
        jwks, canvas = reverse("lti:jwks"), reverse("lti:canvas_config")
    return ToolAddresses(
        login_url=request.build_absolute_uri(reverse("lti:login")),
        launch_url=request.build_absolute_uri(reverse("lti:launch")),
        jwks_url=request.build_absolute_uri(jwks),
        canvas_config_url=request.build_absolute_uri(canvas),
        shares_tool_key=not key_set,
    )
