"""`load_demo` makes logins whose passwords are in the source and on the screen: with DEBUG off
(every server) it refuses, and no user with a known password is ever created."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from curriculum.demo import DEMO_LOGINS, create_demo_users

pytestmark = pytest.mark.django_db


def test_load_demo_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="runs only with DEBUG on"):
        call_command("load_demo", stdout=io.StringIO())
    assert (
        not get_user_model()
        .objects.filter(username__in=[login.username for login in DEMO_LOGINS])
        .exists()
    )


def test_the_demo_users_are_never_made_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(ImproperlyConfigured):
        create_demo_users()
    assert not get_user_model().objects.exists()


def test_with_debug_on_the_demo_logins_work(settings, client):
    settings.DEBUG = True
    create_demo_users()
    editor = next(login for login in DEMO_LOGINS if login.username == "editor")
    assert get_user_model().objects.get(username="editor").check_password(editor.password)
