"""A school's own staff dashboard asks the scan API in Spanish (Accept-Language) and gets what
each keyword means in Spanish; asked in English, or in nothing, it gets the English."""

from __future__ import annotations

import pytest

from moderation.keywords.store import bump_version
from moderation.models import KeywordEntry

SCAN = "/api/v1/scan"
ENGLISH = "Short for 'kill yourself': serious bullying. Act the same day."
SPANISH = "Abreviatura de 'kill yourself': acoso grave. Actúe el mismo día."


@pytest.fixture
def kys(keyword_library):
    KeywordEntry.objects.create(
        library=keyword_library,
        term="kys",
        category="bullying",
        severity=3,
        definition=f"{ENGLISH} [es] {SPANISH}",
    )
    bump_version(keyword_library)


def definition(api, **headers: str) -> str:
    body = api.post(SCAN, {"text": "just kys"}, **headers).json()
    (match,) = body["matches"]
    return match["definition"]


def test_a_spanish_request_reads_the_spanish_part(api, kys):
    assert definition(api, HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9") == SPANISH


def test_an_english_request_or_none_reads_the_english_part(api, kys):
    assert definition(api, HTTP_ACCEPT_LANGUAGE="en-GB") == ENGLISH
    assert definition(api) == ENGLISH
