"""Personas, a small keyword library and API keys for the REST API and concern tests.

Personas, each with different rights:
- `student`: launched from the LMS (an LtiIdentity with a name and an e-mail address);
- `counsellor`: a trusted adult students may choose; `other_adult`: another trusted adult;
- `lead`: in the "Safeguarding leads" group; `other_staff`: a content editor (Wagtail's
  "Editors"), who uses the admin but has no part in concerns.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from lti.models import LtiIdentity
from moderation.api import throttle
from moderation.api.keys import create_api_key
from moderation.concerns import actions as concern_actions
from moderation.keywords.store import forget_compiled_library
from moderation.models import ApiKey, KeywordEntry, KeywordLibrary, TrustedAdult
from tests import personas
from tests.personas import school_platform


@pytest.fixture(autouse=True)
def windows_clock_held(monkeypatch):
    """The API's budgets and the concern limits count per clock window (a minute, ten, fifteen):
    hold their clock at one instant well inside each window, so a story's requests all fall in
    one window however slowly a busy machine sends them."""
    held = (time.time() // 1800) * 1800 + 330  # 30 s into its minute, 330 s into 600 and 900
    clock = type("HeldClock", (), {"time": staticmethod(lambda: held)})
    monkeypatch.setattr(throttle, "time", clock)
    monkeypatch.setattr(concern_actions, "time", clock)


ENTRIES = [
    ("kill yourself", "bullying", 4, "word", "Telling someone to kill themselves."),
    ("loser", "bullying", 2, "word", "An insult."),
    ("suicid", "self_harm", 4, "prefix", "Suicide, suicidal."),
    ("want to die", "self_harm", 4, "word", "Wanting to die."),
    ("vape", "drugs", 1, "word", "Vaping."),
    ("knife", "violence", 3, "word", "A weapon."),
]


@pytest.fixture
def keyword_library(db):
    # The compiled library is cached per (library pk, version); rolled-back tests reuse both.
    forget_compiled_library()
    library = KeywordLibrary.objects.create(name="api-tests", title="API tests")
    for term, category, severity, mode, definition in ENTRIES:
        KeywordEntry.objects.create(
            library=library,
            term=term,
            category=category,
            severity=severity,
            mode=mode,
            definition=definition,
        )
    yield library
    forget_compiled_library()


@pytest.fixture
def student(db):
    user = get_user_model().objects.create_user(username="lti-7f3a9c2e1d", password="pw")
    LtiIdentity.objects.create(
        user=user,
        platform=school_platform("https://canvas.example.edu"),
        sub="sub-5544-robin",
        name="Robin Quillfeather",
        email="robin.quillfeather@pupils.example.edu",
    )
    return user


@pytest.fixture
def counsellor(db) -> TrustedAdult:
    return personas.trusted_adult(
        "counsellor", "Ms Rivera", "School counsellor", first_name="Ana", last_name="Rivera"
    )


@pytest.fixture
def other_adult(db) -> TrustedAdult:
    return personas.trusted_adult("coach", "Coach Obi", "PE teacher", sort_order=2)


@pytest.fixture
def lead(db):
    return personas.safeguarding_lead("lead")


@pytest.fixture
def other_staff(db):
    return personas.content_editor("librarian", email="librarian@school.example")


@pytest.fixture
def make_key(db) -> Callable[..., str]:
    def make(scope: str = ApiKey.Scope.READ_WRITE, *, active: bool = True) -> str:
        key, raw = create_api_key(f"{scope} integration", scope)
        if not active:
            key.active = False
            key.save(update_fields=["active"])
        return raw

    return make


class ApiClient:
    """The Django test client speaking JSON with an Api-Key header."""

    def __init__(self, key: str | None) -> None:
        self.client = Client()
        self.key = key

    def _auth(self, extra: dict) -> dict:
        if self.key is not None and "HTTP_AUTHORIZATION" not in extra:
            extra["HTTP_AUTHORIZATION"] = f"Api-Key {self.key}"
        return extra

    def post(
        self,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        content_type: str = "application/json",
        **extra: Any,
    ):
        data = raw if raw is not None else json.dumps(body)
        return self.client.post(path, data=data, content_type=content_type, **self._auth(extra))

    def get(self, path: str, params: dict | None = None, **extra: Any):
        return self.client.get(path, params or {}, **self._auth(extra))


@pytest.fixture
def api(make_key, keyword_library) -> ApiClient:
    return ApiClient(make_key())


@pytest.fixture
def api_as(make_key, keyword_library) -> Callable[..., ApiClient]:
    def as_(scope: str | None = ApiKey.Scope.READ_WRITE, **kwargs: Any) -> ApiClient:
        return ApiClient(make_key(scope, **kwargs) if scope else None)

    return as_


# --- Concerns -------------------------------------------------------------------------------

CODE_IN_PAGE = re.compile(r'id="claim-code"[^>]*value="([A-Z2-9-]{19})"')


def concern_form(adult: TrustedAdult, **overrides: Any) -> dict[str, Any]:
    data = {
        "trusted_adult": adult.pk,
        "about": "someone_else",
        "category": "bullying",
        "text": "Some kids in my class keep calling Sam a loser in the group chat.",
        "anonymous": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def raise_concern_via_form(client: Client, adult: TrustedAdult, **overrides: Any):
    """Submit the student's form and follow its redirect to the thank-you page; returns that
    page and the claim code it showed."""
    sent = client.post("/concern/", concern_form(adult, **overrides))
    assert sent.status_code == 303, sent.content.decode()[:2000]
    response = client.get(sent["Location"])
    assert response.status_code == 200
    match = CODE_IN_PAGE.search(response.content.decode())
    assert match, "the claim code is shown on the page"
    return response, match.group(1)
