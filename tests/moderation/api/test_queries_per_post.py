"""A school's systems send hundreds of posts a second: each must cost the database as little as
the work needs. With the caches production runs on (Redis; a local-memory cache stands in here),
a clean post is one INSERT: the key, its budget, the library version and the settings row come
from caches. These ceilings keep it so."""

import pytest
from django.test import override_settings

from moderation.api.keys import create_api_key
from moderation.flags.hot_path import moderation_settings_row
from moderation.models import ApiKey, Flag, ModerationSettings, RoutingRule, StaffNotification
from moderation.staff.permissions import leads_group
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


def test_a_flagged_post_routes_and_writes_its_notice_in_a_handful(
    district, lead, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(), django_assert_max_num_queries(9 + SAVEPOINT):
        flagged = post(district, "2", "what a loser")
    assert flagged.json()["flag"]["severity_label"] == "low"
    assert StaffNotification.objects.get().recipient == lead


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
    with django_capture_on_commit_callbacks(), django_assert_max_num_queries(9 + SAVEPOINT):
        flagged = post(district, "5", "what a loser")
    flag = Flag.objects.get(pk=flagged.json()["flag"]["id"])
    assert flag.rule == rule and list(flag.routed_to.all()) == [lead]
    assert StaffNotification.objects.get().recipient == lead
