"""A worker sends the notices it has in hand together: it claims them with one statement, reads
them with one, and writes alike outcomes with one, while each is still sent exactly once and
marked sent only after its channels took it."""

from datetime import timedelta

from django.core import mail
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moderation.flags.actions import record_post
from moderation.flags.notifications import deliver_notices, send_due_notices
from moderation.models import AuditEntry, StaffNotification
from tests import personas


def _flag_for_two_leads(django_capture_on_commit_callbacks):
    personas.safeguarding_lead("okoro")
    with django_capture_on_commit_callbacks():  # committed; its task has not run yet
        return record_post("kys", source="api").flag


def test_both_leads_notices_go_out_with_one_claim_and_one_record_of_the_outcome(
    keywords, lead, django_capture_on_commit_callbacks
):
    flag = _flag_for_two_leads(django_capture_on_commit_callbacks)
    ids = list(StaffNotification.objects.filter(flag=flag).values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as statements:
        assert deliver_notices(ids) == {"sent": 2}
    writes = [q["sql"] for q in statements.captured_queries if q["sql"].startswith("UPDATE")]
    claims = [sql for sql in writes if "attempts + 1" in sql]
    outcomes = [sql for sql in writes if "'sent'" in sql]
    assert len(claims) == 1 and len(outcomes) == 1
    assert sorted(m.to[0] for m in mail.outbox) == ["okoro@school.example", "rivera@school.example"]
    [told] = AuditEntry.objects.filter(action="flag.notified")
    assert sorted(told.detail["recipients"]) == sorted(ids)
    assert deliver_notices(ids) == {"skipped": 2}  # sent once: a second task finds nothing due
    assert len(mail.outbox) == 2


def test_a_worker_short_of_lease_gives_its_notices_back_unsent(
    keywords, lead, django_capture_on_commit_callbacks
):
    # A lease shorter than two e-mail timeouts cannot cover one more send: nothing is sent.
    flag = _flag_for_two_leads(django_capture_on_commit_callbacks)
    ids = list(StaffNotification.objects.filter(flag=flag).values_list("pk", flat=True))
    with override_settings(MODERATION_NOTICE_LEASE_SECONDS=1):
        assert deliver_notices(ids) == {"skipped": 2}
    assert not mail.outbox
    for notice in StaffNotification.objects.filter(flag=flag):
        assert notice.delivery == "pending" and notice.attempts == 0  # due again at once
        assert notice.next_attempt_at <= timezone.now()
    assert send_due_notices(timezone.now() + timedelta(seconds=1))["sent"] == 2
    assert len(mail.outbox) == 2
