"""An integration retries a post (same source and external id) because the first answer never
came: the web worker died after the flag was committed, before its notice was on its way. The
retry gets the first post back and the leads hear about it exactly once, however often it comes."""

from django.core import mail

from moderation.models import StaffNotification

POST = {"source": "district-chat", "external_id": "m-81", "text": "just kill yourself"}


def test_a_retry_sends_the_notice_the_first_request_never_sent(
    api, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks():  # committed; the worker died before its task
        first = api.post("/api/v1/posts", POST)
    assert first.status_code == 201 and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        retry = api.post("/api/v1/posts", POST)
    assert retry.status_code == 200 and retry.json()["created"] is False
    assert retry.json()["flag"]["id"] == first.json()["flag"]["id"]
    assert [m.to for m in mail.outbox] == [["lead@school.example"]]
    with django_capture_on_commit_callbacks(execute=True):
        assert api.post("/api/v1/posts", POST).status_code == 200
    assert len(mail.outbox) == 1
    notice = StaffNotification.objects.get()
    assert notice.delivery == "sent" and notice.recipient == lead


def test_a_retry_of_a_post_already_notified_sends_nothing(
    api, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        api.post("/api/v1/posts", POST)
        api.post("/api/v1/posts", POST)
        api.post("/api/v1/posts", POST)
    assert len(mail.outbox) == 1 and StaffNotification.objects.count() == 1
