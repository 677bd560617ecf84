from __future__ import annotations

import pytest
from django.test import Client

from tests.lti.driver import Lms
from tests.lti.platform import TestPlatform

_TOOL_PEM: dict = {}


@pytest.fixture(scope="session")
def test_platform():
    platform = TestPlatform()
    yield platform
    platform.stop()


@pytest.fixture
def started():
    """Test platforms a story starts (each on its own loopback port), stopped after it."""
    platforms: list[TestPlatform] = []
    yield platforms
    for platform in platforms:
        platform.stop()


@pytest.fixture
def tool_key(db):
    """One RSA key per session (generating is slow); a fresh database row per test."""
    from django.utils import timezone

    from lti.key_vault import seal
    from lti.keys import _new_rsa_pem, public_jwk_for
    from lti.models import ToolKey

    if not _TOOL_PEM:  # made and read once: each test used to make (and read) a key it threw away
        _TOOL_PEM["pem"] = _new_rsa_pem()
        _TOOL_PEM["jwk"] = public_jwk_for(_TOOL_PEM["pem"])
    pem, jwk = _TOOL_PEM["pem"], _TOOL_PEM["jwk"]
    return ToolKey.objects.create(
        kid=jwk["kid"], private_key=seal(pem), public_jwk=jwk, active_from=timezone.now()
    )


@pytest.fixture
def lessons(db):
    """A small page tree: one strand, three lessons in two grade bands."""
    from wagtail.models import Page

    from curriculum.models import CurriculumIndexPage, HomePage, LessonPage, UnitPage

    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="lti-test-home"))
    index = home.add_child(instance=CurriculumIndexPage(title="Lessons", slug="lessons"))
    safety = index.add_child(
        instance=UnitPage(
            title="LTI Online Safety",
            slug="lti-online-safety",
            strand="lti-online-safety",
            summary="Staying safe.",
        )
    )
    media = index.add_child(
        instance=UnitPage(
            title="Media Literacy",
            slug="lti-media-literacy",
            strand="lti-media-literacy",
            summary="Reading media.",
        )
    )

    def lesson(parent, title, band):
        return parent.add_child(
            instance=LessonPage(
                title=title,
                slug=title.lower().replace(" ", "-"),
                grade_band=band,
                duration_minutes=30,
                summary=f"About {title}.",
                objectives="Notice\nAct",
                body=[],
            )
        )

    return [
        lesson(safety, "Zebra Strong Passwords", "3-5"),
        lesson(safety, "Zebra Stranger Danger Online", "6-8"),
        lesson(media, "Zebra Is It True", "6-8"),
    ]


@pytest.fixture
def lms(test_platform, tool_key, db, client: Client):
    test_platform.reset()
    test_platform.register()
    test_platform.tool_jwks = client.get(test_platform.tool_jwks_path).json()
    return Lms(test_platform, client)
