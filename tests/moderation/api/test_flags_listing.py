"""GET /api/v1/flags: filters, pagination, and no student text in what is returned."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from moderation.api.keys import find_key
from moderation.models import AuditEntry, Flag, Integration, ModeratedPost

FLAGS = "/api/v1/flags"


def _flag(
    category: str,
    severity: int,
    *,
    status: str = "new",
    course_ref: str = "",
    days_ago: int = 0,
    source: str = "api",
    text: str = "secret words",
    integration: Integration | None = None,
) -> Flag:
    post = ModeratedPost.objects.create(
        source=source,
        integration=integration if source == "api" else None,
        text=text,
        course_ref=course_ref,
        author_ref="pupil-9",
        external_source="chat" if source == "api" else "",
        external_id=f"m{ModeratedPost.objects.count()}" if source == "api" else "",
    )
    flag = Flag.objects.create(post=post, category=category, severity=severity, status=status)
    Flag.objects.filter(pk=flag.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return flag


@pytest.fixture
def flags(db, api):
    # Posts the key's own integration sent: a key reads no other integration's flags.
    ours = find_key(api.key).integration
    return {
        "bully": _flag("bullying", 2, course_ref="8-blue", days_ago=3, integration=ours),
        "knife": _flag(
            "violence", 3, status="acknowledged", course_ref="8-blue", days_ago=1, integration=ours
        ),
        "sh": _flag("self_harm", 4, status="resolved", course_ref="9-red", integration=ours),
        "vape": _flag("drugs", 1, days_ago=10, integration=ours),
    }


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def test_it_lists_flags_newest_first_with_counts(api, flags):
    body = api.get(FLAGS).json()
    assert body["count"] == 4
    assert [row["id"] for row in body["results"]] == [
        flags[k].pk for k in ("sh", "knife", "bully", "vape")
    ]


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"status": "new"}, {"bully", "vape"}),
        ({"category": "violence"}, {"knife"}),
        ({"min_severity": 3}, {"knife", "sh"}),
        ({"course_ref": "8-blue"}, {"bully", "knife"}),
        ({"since": "SINCE"}, {"knife", "sh"}),
        ({"status": "new", "course_ref": "8-blue"}, {"bully"}),
    ],
)
def test_it_filters(api, flags, params, expected):
    if params.get("since") == "SINCE":
        params = {"since": (timezone.now() - timedelta(days=2)).isoformat()}
    assert ids(api.get(FLAGS, params)) == {flags[k].pk for k in expected}


def test_it_paginates(api, flags):
    first = api.get(FLAGS, {"page_size": 3}).json()
    assert len(first["results"]) == 3 and first["next"]
    second = api.get(FLAGS, {"page_size": 3, "page": 2}).json()
    assert len(second["results"]) == 1 and second["previous"]


def test_bad_filters_get_field_errors(api, flags):
    response = api.get(FLAGS, {"status": "open-ish", "min_severity": 9, "since": "yesterday"})
    assert response.status_code == 400
    assert set(response.json()) == {"status", "min_severity", "since"}


def test_it_returns_references_and_keywords_but_never_the_post_text(api, flags):
    row = next(r for r in api.get(FLAGS).json()["results"] if r["id"] == flags["knife"].pk)
    assert row["post"]["external_source"] == "chat"
    assert row["post"]["author_ref"] == "pupil-9"
    assert row["post"]["course_ref"] == "8-blue"
    assert row["severity_label"] == "high"
    assert "secret words" not in str(row)
    assert "text" not in row and "text" not in row["post"]


def test_concerns_are_left_out(api, flags):
    concern_flag = _flag("self_harm", 4, source="concern")
    assert concern_flag.pk not in ids(api.get(FLAGS, {"page_size": 200}))


def test_every_listing_is_audited_with_the_key_and_the_flags_it_showed(api, flags):
    api.get(FLAGS, {"category": "violence"})
    entry = AuditEntry.objects.get(action="api.flags_listed")
    assert entry.actor is None and entry.actor_label.startswith("API key ")
    assert entry.detail == {"filters": {"category": "violence"}, "flags": [flags["knife"].pk]}
