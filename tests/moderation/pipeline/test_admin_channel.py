"""The admin channel: every member of staff a flag is routed to gets a notice in the admin, with
or without an e-mail address."""

from django.core import mail

from moderation.flags.actions import record_post
from moderation.models import StaffNotification


def test_staff_without_an_address_still_get_the_admin_notice(
    keywords, lead, django_capture_on_commit_callbacks
):
    lead.email = ""
    lead.save()
    with django_capture_on_commit_callbacks(execute=True):
        record_post("kys", source="api")
    assert not mail.outbox
    notice = StaffNotification.objects.get()
    assert notice.delivery == "sent" and notice.emailed_at is None
