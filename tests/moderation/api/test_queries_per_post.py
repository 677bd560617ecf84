"""A school's systems send hundreds of posts a second: each must cost the database as little as
the work needs. With the caches production runs on (Redis; a local-memory cache stands in here),
a clean post is one INSERT: the key, its budget, the library version and the settings row come
from caches, and a flagged one does not read the routing rules either. These ceilings keep it
so; the people a flag goes to are still read afresh for every flag."""

import pytest
from django.db import connection
from django.db.models.signals import m2m_changed, post_save
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from moderation.api.keys import create_api_key
from moderation.flags.hot_path import moderation_settings_row
from moderation.models import (
    ApiKey,
    AuditEntry,
    Flag,
    FlagMatch,
    ModeratedPost,
    ModerationSettings,
    RoutingRule,
    StaffNotification,
)
from moderation.staff.permissions import leads_group
from tests import personas
from tests.moderation.api.conftest import ApiClient

REDIS_LIKE = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "qpp"},
    "limits": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "qpp-l"},
}
# A SAVEPOINT and its RELEASE wrap each write in a test (in production: BEGIN and COMMIT).
SAVEPOINT = 2

pytestmark = pytest.mark.usefixtures("keyword_library")


@pytest.fixture
def district(db):
    with override_settings(CACHES=REDIS_LIKE, MODERATION_RELOAD_SECONDS=5):
        client = ApiClient(create_api_key("district chat", ApiKey.Scope.WRITE)[1])
        warm = client.post("/api/v1/posts", {"source": "chat", "external_id": "0", "text": "hi"})
        assert warm.status_code == 201
        yield client


def post(client, external_id, text):
    return client.post(
        "/api/v1/posts", {"source": "chat", "external_id": external_id, "text": text}
    )


def test_a_clean_post_is_one_insert(district, django_assert_max_num_queries):
    with django_assert_max_num_queries(1 + SAVEPOINT):
        assert post(district, "1", "see you at lunch").status_code == 201


def test_a_retried_post_reads_the_first_one_back(district, django_assert_max_num_queries):
    post(district, "1", "see you at lunch")
    with django_assert_max_num_queries(4 + SAVEPOINT):
        again = post(district, "1", "see you at lunch")
    assert again.status_code == 200 and again.json()["created"] is False


def statements(queries) -> list[str]:
    """Each statement's verb and table ("INSERT moderation_flag"; a WITH lists the INSERTs in
    it), its transaction's aside."""
    found = []
    for query in queries:
        words = query["sql"].replace('"', "").split()
        if words[0] in ("SAVEPOINT", "RELEASE", "BEGIN", "COMMIT"):
            continue
        if words[0] == "WITH":
            tables = [words[n + 1] for n, word in enumerate(words) if word == "INTO"]
            found.append(" + ".join(f"INSERT {table}" for table in tables))
            continue
        table = words[words.index("INTO" if words[0] == "INSERT" else "FROM") + 1]
        found.append(f"{words[0]} {table}")
    return found


# A flagged post: the leads it goes to (their keys only; its routing rule is chosen from the
# worker's copy), then its row, the flag, the matches (each entry's link checked inside that
# INSERT), their routing, the audit entry and the outbox notices: on PostgreSQL one statement
# (moderation/flags/together.py), elsewhere one per table.
WRITTEN = [
    "INSERT moderation_moderatedpost",
    "INSERT moderation_flag",
    "INSERT moderation_flagmatch",
    "INSERT moderation_flag_routed_to",
    "INSERT moderation_auditentry",
    "INSERT moderation_staffnotification",
]
FLAGGED = {
    "postgresql": ["SELECT auth_user", " + ".join(WRITTEN)],
    "sqlite": ["SELECT auth_user", *WRITTEN],
}


def test_a_flagged_post_costs_two_statements_on_postgresql(
    district, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks():
        post(district, "2", "what a loser")  # the worker's first flag reads the routing rules
    with django_capture_on_commit_callbacks(), CaptureQueriesContext(connection) as queries:
        flagged = post(district, "2b", "what a loser")
    assert statements(queries) == FLAGGED[connection.vendor]
    assert flagged.json()["flag"]["severity_label"] == "low"
    assert StaffNotification.objects.get(flag_id=flagged.json()["flag"]["id"]).recipient == lead


def test_a_critical_post_costs_the_same_its_audit_entry_for_being_held_with_the_flag_s(
    district, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks():
        post(district, "2", "what a loser")
    with django_capture_on_commit_callbacks(), CaptureQueriesContext(connection) as queries:
        held = post(district, "2c", "just kill yourself")
    assert statements(queries) == FLAGGED[connection.vendor]
    assert held.json()["status"] == "held"
    flag = Flag.objects.get(pk=held.json()["flag"]["id"])
    audited = AuditEntry.objects.filter(object_id__in=[str(flag.pk), str(flag.post_id)])
    assert sorted(audited.values_list("action", "object_type")) == [
        ("flag.raised", "flag"),
        ("post.held", "moderatedpost"),
    ]


def test_a_key_switched_off_in_the_admin_stops_working_at_once(district, db):
    key = ApiKey.objects.get(name="district chat")
    key.active = False
    key.save()  # what the admin's edit form does
    assert post(district, "3", "hello").status_code == 401


def test_a_settings_change_applies_at_once_in_the_worker_that_saved_it(district, db):
    row = ModerationSettings.load()
    row.hold_severity = 2
    row.save()
    assert post(district, "4", "what a loser").json()["status"] == "held"


def test_a_school_s_default_rule_costs_a_flagged_post_no_more_than_no_rule(
    district, lead, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    moderation_settings_row.forget()  # not the row another test kept: this test's own
    ModerationSettings.load()
    rule = RoutingRule.objects.create(
        name="Everything to the safeguarding leads", is_default=True, priority=1000
    )
    rule.groups.add(leads_group())  # what make demo sets up
    with django_capture_on_commit_callbacks():
        post(district, "5", "what a loser")  # this worker reads the rule saved a moment ago
    with django_capture_on_commit_callbacks(), django_assert_max_num_queries(8 + SAVEPOINT):
        flagged = post(district, "6", "what a loser")
    flag = Flag.objects.get(pk=flagged.json()["flag"]["id"])
    assert flag.rule == rule and list(flag.routed_to.all()) == [lead]
    assert StaffNotification.objects.get(flag=flag).recipient == lead


def test_a_rule_a_lead_switches_off_stops_routing_at_once_in_the_worker_that_saved_it(
    district, lead, django_capture_on_commit_callbacks
):
    counsellor = personas.staff_member("okafor")
    rule = RoutingRule.objects.create(name="Bullying to the counsellor", categories=["bullying"])
    rule.users.add(counsellor)
    with django_capture_on_commit_callbacks(execute=True):
        first = post(district, "7", "what a loser")
    assert list(Flag.objects.get(pk=first.json()["flag"]["id"]).routed_to.all()) == [counsellor]
    rule.active = False
    rule.save()  # what the admin's edit form does
    with django_capture_on_commit_callbacks(execute=True):
        second = post(district, "8", "what a loser")
    assert list(Flag.objects.get(pk=second.json()["flag"]["id"]).routed_to.all()) == [lead]


def test_a_lead_taken_out_of_the_group_is_not_told_about_the_next_flag(
    district, lead, django_capture_on_commit_callbacks
):
    deputy = personas.safeguarding_lead("deputy")
    with django_capture_on_commit_callbacks(execute=True):
        post(district, "9", "what a loser")
    deputy.groups.remove(leads_group())  # Settings > Users, the deputy has left the school
    with django_capture_on_commit_callbacks(execute=True):
        later = post(district, "10", "what a loser")
    told = StaffNotification.objects.filter(flag_id=later.json()["flag"]["id"])
    assert [notice.recipient for notice in told] == [lead]


@pytest.mark.parametrize(
    "model",
    [ModeratedPost, Flag, FlagMatch, Flag.routed_to.through, AuditEntry, StaffNotification],
    ids=lambda model: model.__name__,
)
def test_nothing_waits_for_a_save_signal_from_the_rows_a_post_writes(model):
    # They are written without the ORM's save (moderation/flags/inserts.py): a receiver added
    # for them would silently never run.
    assert not post_save.has_listeners(model)
    assert not m2m_changed.has_listeners(model)
