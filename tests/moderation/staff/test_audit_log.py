"""The audit log: append-only, readable by leads."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import AuditEntry
from moderation.staff import audit

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(lead, make_flag):
    return audit.record(lead, "flag.viewed", make_flag())


def test_an_entry_cannot_be_changed_or_deleted(entry):
    entry.reason = "rewritten"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).update(reason="rewritten")
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get(pk=entry.pk).reason == ""


def test_leads_read_the_log(client, lead, entry):
    client.force_login(lead)
    response = client.get(reverse("moderation_admin:audit"), {"action": "flag.viewed"})
    assert response.status_code == 200
    assert list(response.context["page_obj"]) == [entry]


def test_the_log_has_no_way_to_change_it(client, lead, entry):
    client.force_login(lead)
    assert client.post(reverse("moderation_admin:audit")).status_code == 405
    html = client.get(reverse("moderation_admin:audit")).content.decode()
    assert 'method="post"' not in html


def test_the_django_admin_does_not_offer_the_log_either():
    from django.contrib import admin

    assert AuditEntry not in admin.site._registry
