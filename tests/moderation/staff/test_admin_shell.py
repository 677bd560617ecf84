"""The admin around the queue: menu with a count of new flags, notices on the dashboard, and
API keys shown once and stored hashed."""

from __future__ import annotations

import hashlib

import pytest
from django.urls import reverse

from moderation.models import ApiKey, AuditEntry, Flag, StaffNotification

pytestmark = pytest.mark.django_db


def test_the_menu_counts_new_flags_the_user_may_see(client, lead, teacher, make_flag, course):
    make_flag(course=course, severity=2)
    make_flag(course=course, severity=4)
    make_flag(course=course, severity=2, status=Flag.Status.ACKNOWLEDGED)
    client.force_login(lead)
    assert "Moderation (2 new)" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(teacher)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Moderation (1 new)" in html and "Flags (1 new)" in html
    assert "Audit log" not in html


def test_the_dashboard_shows_the_users_notices(client, lead, make_flag):
    flag = make_flag(severity=4, category="self_harm")
    StaffNotification.objects.create(recipient=lead, flag=flag, reason="routed")
    client.force_login(lead)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Safeguarding notices (1 unread)" in html
    assert reverse("moderation_admin:case", args=[flag.pk]) in html
    assert "you are a loser" not in html
    client.post(reverse("moderation_admin:notifications_read"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Safeguarding notices (0 unread)" in html


def test_an_api_key_is_shown_once_and_stored_as_a_hash(client, django_user_model):
    # API keys are for superusers only (tests/upstander/test_admin_access_by_group.py).
    client.force_login(django_user_model.objects.create_superuser("root", password="pw"))
    response = client.post(
        reverse("moderation_api_keys:add"), {"name": "District chat", "scope": "write"}
    )
    assert response.status_code == 200
    raw_key = response.context["raw_key"]
    key = ApiKey.objects.get(name="District chat")
    assert key.prefix == raw_key[:8]
    assert key.key_hash == hashlib.sha256(raw_key.encode()).hexdigest()
    assert "no-store" in response["Cache-Control"]
    assert AuditEntry.objects.filter(action="api_key.created", object_id=str(key.pk)).exists()
    listing = client.get(reverse("moderation_api_keys:index")).content.decode()
    assert raw_key not in listing and key.key_hash not in listing
    edit = client.get(reverse("moderation_api_keys:edit", args=[key.pk])).content.decode()
    assert key.key_hash not in edit and 'name="key_hash"' not in edit
