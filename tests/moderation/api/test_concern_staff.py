"""The staff side in the Wagtail admin: who reads a concern, and replying and closing."""

from __future__ import annotations

from django.test import Client

from moderation.models import AuditEntry, Concern

from .conftest import raise_concern_via_form


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_chosen_adult_sees_it_in_the_inbox_and_reads_it(db, keyword_library, counsellor):
    raise_concern_via_form(Client(), counsellor)
    concern = Concern.objects.get()
    client = signed_in(counsellor.user)
    inbox = client.get("/admin/moderation/concerns/")
    assert inbox.status_code == 200
    assert f"/admin/moderation/concerns/{concern.pk}/" in inbox.content.decode()
    assert "group chat" not in inbox.content.decode()  # the words only on the concern's page
    page = client.get(f"/admin/moderation/concerns/{concern.pk}/")
    assert page.status_code == 200
    assert "group chat" in page.content.decode()
    assert "anonymous student" in page.content.decode()
    assert client.post(f"/admin/moderation/concerns/{concern.pk}/viewed/").status_code == 204
    viewed = AuditEntry.objects.get(action="concern.viewed")
    assert viewed.actor == counsellor.user and viewed.object_id == str(concern.pk)


def test_a_safeguarding_lead_reads_every_concern(db, keyword_library, counsellor, lead):
    raise_concern_via_form(Client(), counsellor)
    concern = Concern.objects.get()
    assert signed_in(lead).get(f"/admin/moderation/concerns/{concern.pk}/").status_code == 200


def test_other_staff_cannot_read_it_and_the_attempt_is_audited(
    db, keyword_library, counsellor, other_adult, other_staff
):
    raise_concern_via_form(Client(), counsellor)
    concern = Concern.objects.get()
    url = f"/admin/moderation/concerns/{concern.pk}/"
    refused_inbox = signed_in(other_staff).get("/admin/moderation/concerns/")
    assert refused_inbox.status_code == 403
    assert "read by the adult a student chose" in refused_inbox.content.decode()
    assert signed_in(other_staff).get(url).status_code == 404
    coach = signed_in(other_adult.user)
    assert url not in coach.get("/admin/moderation/concerns/").content.decode()
    assert coach.get(url).status_code == 404
    assert coach.post(f"{url}reply/", {"text": "hello"}).status_code == 404
    assert coach.post(f"{url}close/", {}).status_code == 404
    assert not concern.messages.exists()
    refused = AuditEntry.objects.filter(action="concern.view_refused")
    assert {e.actor for e in refused} == {other_staff, other_adult.user}


def test_students_and_strangers_cannot_open_the_admin_pages(
    db, keyword_library, counsellor, student
):
    raise_concern_via_form(Client(), counsellor)
    concern = Concern.objects.get()
    for client in (Client(), signed_in(student)):
        response = client.get(f"/admin/moderation/concerns/{concern.pk}/")
        assert response.status_code in (302, 403, 404)
        assert "group chat" not in response.content.decode()


def test_replying_and_closing_are_recorded_and_audited(db, keyword_library, counsellor):
    raise_concern_via_form(Client(), counsellor)
    concern = Concern.objects.get()
    client = signed_in(counsellor.user)
    url = f"/admin/moderation/concerns/{concern.pk}/"
    assert client.post(f"{url}reply/", {"text": ""}).status_code == 400
    client.post(f"{url}reply/", {"text": "I am here to help. Can we talk?"})
    message = concern.messages.get()
    assert message.from_staff and message.staff_author == counsellor.user
    concern.refresh_from_db()
    assert concern.status == Concern.Status.REPLIED
    client.post(f"{url}close/", {"reason": "Spoke with the family."})
    concern.refresh_from_db()
    assert concern.status == Concern.Status.CLOSED
    replied = AuditEntry.objects.get(action="concern.replied")
    assert replied.detail == {"message": message.pk}  # never the words
    closed = AuditEntry.objects.get(action="concern.closed")
    assert closed.reason == "Spoke with the family." and closed.actor == counsellor.user
