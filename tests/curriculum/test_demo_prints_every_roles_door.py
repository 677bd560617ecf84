"""`make demo` ends with where each role starts, together, as the README's table does: a
newcomer in the demo found the demo LMS (the teacher's and student's door) printed above,
among the loaders' lines, and no word of the concern form or of who the trusted adults are,
whose inbox is the admin's Concerns page."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def printed(settings):
    settings.DEBUG = True  # load_demo runs only with DEBUG on
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_the_ready_message_names_every_roles_first_address(printed):
    ready = printed.split("Upstander is ready at http://127.0.0.1:8000/")[1]

    assert "http://127.0.0.1:8000/lti/demo/" in ready  # teacher and student
    assert "http://127.0.0.1:8000/concern/" in ready  # a worried student
    assert "http://127.0.0.1:8000/admin/moderation/concerns/" in ready  # trusted adults


def test_the_trusted_adults_are_named_with_their_logins(printed):
    from moderation.models import TrustedAdult

    ready = printed.split("Upstander is ready")[1]
    adults = TrustedAdult.objects.filter(active=True).select_related("user")
    assert adults.count() == 2
    for adult in adults:
        assert f"{adult.display_name} ({adult.user.username})" in ready
