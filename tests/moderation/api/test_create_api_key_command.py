"""`manage.py create_api_key` prints a key once, and the key works."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from moderation.api.keys import find_key
from moderation.models import ApiKey


def test_it_prints_a_working_key_once_and_stores_only_its_hash(db):
    out = StringIO()
    call_command("create_api_key", "District chat", "--scope", "write", stdout=out)
    raw = out.getvalue().splitlines()[1]
    key = ApiKey.objects.get()
    assert (key.name, key.scope) == ("District chat", "write")
    assert find_key(raw) == key
    assert raw not in key.key_hash


def test_it_refuses_an_unknown_scope(db):
    with pytest.raises(CommandError):
        call_command("create_api_key", "x", "--scope", "admin", stdout=StringIO())
