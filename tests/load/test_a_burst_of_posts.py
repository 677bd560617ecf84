"""Load: a district's chat system sends a burst of posts over several connections at once,
and sends some of them again (its retries), while the safeguarding lead is being notified.

Over real HTTP against the live server and the real database, every post must be stored
once, every post with a keyword flagged once with one notice to the lead, every critical one
held, and no request may fail. SQLite takes one writer at a time, so this runs on
PostgreSQL (the CI's second pass, DATABASE_URL); the retry race itself is also covered
without threads in tests/moderation/pipeline/test_idempotency.py.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from moderation.api.keys import create_api_key
from moderation.keywords.store import forget_compiled_library
from moderation.models import (
    Flag,
    KeywordEntry,
    KeywordLibrary,
    ModeratedPost,
    StaffNotification,
)
from moderation.staff.permissions import LEADS_GROUP

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
        reason="SQLite takes one writer at a time: PostgreSQL (DATABASE_URL) runs this",
    ),
]

CONNECTIONS = 8
POSTS = 200
ORDINARY = [
    "see you at lunch",
    "did anyone finish the maths homework",
    "great match yesterday",
    "can someone explain question 4",
]
WITH_KEYWORDS = {
    "you are such a loser": 2,  # low: published, flagged
    "i have a knife in my bag": 3,  # high: held
    "just kill yourself": 4,  # critical: held, the lead told at once
}


@pytest.fixture
def district(db):
    forget_compiled_library()
    library = KeywordLibrary.objects.create(name="load", title="Load test")
    for term, category, severity in [
        ("loser", "bullying", 2),
        ("knife", "violence", 3),
        ("kill yourself", "bullying", 4),
    ]:
        KeywordEntry.objects.create(
            library=library, term=term, category=category, severity=severity, definition="-"
        )
    lead = get_user_model().objects.create_user("lead", email="lead@school.example", password="pw")
    lead.groups.add(Group.objects.get_or_create(name=LEADS_GROUP)[0])
    _key, raw_key = create_api_key("district chat", "write")
    yield raw_key
    forget_compiled_library()


def test_a_burst_with_retries_from_eight_connections_loses_and_doubles_nothing(
    live_server, district
):
    rng = random.Random(7)
    texts = {f"msg-{n}": rng.choice(ORDINARY) for n in range(POSTS)}
    for n in rng.sample(range(POSTS), 30):
        texts[f"msg-{n}"] = rng.choice(list(WITH_KEYWORDS))
    # Every post once, a third of them twice, shuffled: retries race their first sending.
    sends = list(texts) + rng.sample(list(texts), POSTS // 3)
    rng.shuffle(sends)

    local = threading.local()

    def send(external_id: str) -> int:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
            session.headers["Authorization"] = f"Api-Key {district}"
        body = {"source": "district-chat", "external_id": external_id}
        body["text"] = texts[external_id]
        return session.post(f"{live_server.url}/api/v1/posts", json=body, timeout=60).status_code

    with ThreadPoolExecutor(CONNECTIONS) as pool:
        statuses = Counter(pool.map(send, sends))

    assert set(statuses) <= {200, 201}, statuses
    assert statuses[201] == POSTS  # each post created exactly once; every retry answered 200
    posts = ModeratedPost.objects.filter(external_source="district-chat")
    assert posts.count() == POSTS
    assert sorted(posts.values_list("external_id", flat=True)) == sorted(texts)
    with_keywords = {i for i, text in texts.items() if text in WITH_KEYWORDS}
    flags = Flag.objects.filter(post__external_source="district-chat")
    assert sorted(flags.values_list("post__external_id", flat=True)) == sorted(with_keywords)
    held = set(posts.filter(status=ModeratedPost.Status.HELD).values_list("external_id", flat=True))
    assert held == {i for i in with_keywords if WITH_KEYWORDS[texts[i]] >= 3}
    notices = Counter(StaffNotification.objects.values_list("flag_id", flat=True))
    assert set(notices) == set(flags.values_list("pk", flat=True))
    assert set(notices.values()) == {1}  # one notice per flag, however often it was sent
