"""No GET changes anything: opening a case is recorded by a POST from the page itself.

The review found that a cross-site GET of a case page, riding on the lead's cookies, marked
the lead's notice read and wrote a `flag.viewed` audit entry, so an outsider could bury a new
critical case under "read". Now the case page, the queue and the concern pages write nothing
on GET; their script POSTs (with the page's CSRF token) once they are shown.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from moderation.models import AuditEntry, StaffNotification

pytestmark = pytest.mark.django_db


def test_a_get_of_the_case_page_writes_no_audit_and_leaves_the_notice_unread(
    client, lead, make_flag
):
    flag = make_flag(severity=4, category="self_harm")
    notice = StaffNotification.objects.create(recipient=lead, flag=flag)
    client.force_login(lead)

    response = client.get(reverse("moderation_admin:case", args=[flag.pk]))

    assert response.status_code == 200
    assert not AuditEntry.objects.exists()
    notice.refresh_from_db()
    assert notice.read_at is None


def test_the_pages_post_records_the_view_and_reads_the_notice(client, lead, make_flag):
    flag = make_flag()
    notice = StaffNotification.objects.create(recipient=lead, flag=flag)
    client.force_login(lead)
    html = client.get(reverse("moderation_admin:case", args=[flag.pk])).content.decode()
    viewed = reverse("moderation_admin:viewed", args=[flag.pk])
    assert f'action="{viewed}" data-moderation-viewed' in html

    assert client.post(viewed).status_code == 204

    entry = AuditEntry.objects.get(action="flag.viewed")
    assert (entry.actor, entry.object_id) == (lead, str(flag.pk))
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_recording_the_view_needs_the_pages_csrf_token_and_a_post(lead, make_flag):
    flag = make_flag()
    notice = StaffNotification.objects.create(recipient=lead, flag=flag)
    other_site = Client(enforce_csrf_checks=True)
    other_site.force_login(lead)
    viewed = reverse("moderation_admin:viewed", args=[flag.pk])

    assert other_site.post(viewed).status_code == 403
    assert other_site.get(viewed).status_code == 405

    assert not AuditEntry.objects.exists()
    notice.refresh_from_db()
    assert notice.read_at is None


def test_a_get_of_the_queue_writes_nothing(client, lead, make_flag):
    make_flag()
    client.force_login(lead)
    assert client.get(reverse("moderation_admin:queue")).status_code == 200
    assert not AuditEntry.objects.exists()


def test_a_get_of_a_concern_writes_no_audit_and_leaves_the_notice_unread(client, lead, db):
    from moderation.models import Concern, TrustedAdult

    adult = TrustedAdult.objects.create(user=lead, display_name="Ms Lead", role_title="DSL")
    concern = Concern.objects.create(
        category="bullying", about="myself", trusted_adult=adult, claim_code_hash="not-a-real-code"
    )
    notice = StaffNotification.objects.create(recipient=lead, concern=concern)
    client.force_login(lead)

    for url in (
        reverse("moderation_concerns:inbox"),
        reverse("moderation_concerns:detail", args=[concern.pk]),
    ):
        assert client.get(url).status_code == 200
    assert not AuditEntry.objects.exists()
    notice.refresh_from_db()
    assert notice.read_at is None

    viewed = reverse("moderation_concerns:viewed", args=[concern.pk])
    assert client.post(viewed).status_code == 204
    assert AuditEntry.objects.filter(action="concern.viewed", actor=lead).exists()
    notice.refresh_from_db()
    assert notice.read_at is not None
