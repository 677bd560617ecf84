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


def test_the_demo_lms_answers_only_while_debug_is_on(client, db, settings):
    settings.DEBUG = False
    assert client.get("/lti/demo/").status_code == 404
    assert client.post("/lti/demo/platform/token/").status_code == 404
    settings.DEBUG = True
    # On, whichever settings the URLconf was first read under: no platform yet says so.
    response = client.get("/lti/demo/")
    assert response.status_code == 404 and b"load_demo" in response.content
