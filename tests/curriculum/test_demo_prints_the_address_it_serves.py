"""Someone runs the demo on another address (WAGTAILADMIN_BASE_URL, because port 8000 is taken):
every address `load_demo` prints is that one. Found in the demo: the demo LMS line said :8765
while the lines around it still said http://127.0.0.1:8000, where nothing was served."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_every_printed_address_is_the_one_the_demo_serves(settings):
    settings.DEBUG = True  # load_demo runs only with DEBUG on
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8765"
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    addresses = re.findall(r"https?://[^\s/]+", out.getvalue())
    assert addresses and set(addresses) == {"http://127.0.0.1:8765"}
    assert "Upstander is ready at http://127.0.0.1:8765/" in out.getvalue()
