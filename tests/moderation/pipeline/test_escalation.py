"""A flag nobody acknowledged in time goes to the next contact, once, with an audit entry."""

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from moderation.flags.actions import record_post
from moderation.flags.escalation import escalate_due_flags
from moderation.models import AuditEntry, Flag, RoutingRule


def later(minutes):
    return timezone.now() + timedelta(minutes=minutes)


def test_a_critical_flag_escalates_after_the_critical_minutes(
    keywords, lead, counsellor, moderation_settings, django_capture_on_commit_callbacks
):
    rule = RoutingRule.objects.create(name="To the lead", is_default=True)
    rule.users.add(lead)
    rule.escalate_to_users.add(counsellor)
    flag = record_post("kys", source="api").flag
    assert escalate_due_flags(later(14)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert escalate_due_flags(later(16)) == 1
    flag.refresh_from_db()
    assert (flag.status, flag.escalation_level) == (Flag.Status.ESCALATED, 1)
    assert set(flag.routed_to.all()) == {lead, counsellor}
    assert [m.to for m in mail.outbox] == [["okafor@school.example"]]
    assert "Escalated" in mail.outbox[0].subject
    entry = AuditEntry.objects.get(action="flag.escalated")
    assert entry.reason == "Not acknowledged within 15 minutes."
    assert entry.detail["escalated_to"] == [counsellor.pk]


def test_lower_flags_wait_for_the_longer_escalation_time(keywords, lead, moderation_settings):
    record_post("loser", source="api")
    assert escalate_due_flags(later(60)) == 0
    assert escalate_due_flags(later(24 * 60 + 1)) == 1


def test_an_acknowledged_flag_does_not_escalate(keywords, lead):
    flag = record_post("kys", source="api").flag
    Flag.objects.filter(pk=flag.pk).update(status=Flag.Status.ACKNOWLEDGED)
    assert escalate_due_flags(later(60)) == 0


def test_escalation_runs_once_however_often_the_command_runs(keywords, lead):
    flag = record_post("kys", source="api").flag
    Flag.objects.filter(pk=flag.pk).update(escalate_after=timezone.now() - timedelta(minutes=1))
    call_command("escalate_flags", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("escalate_flags", stdout=open("/dev/null", "w"))  # noqa: SIM115
    flag.refresh_from_db()
    assert flag.escalation_level == 1
    assert AuditEntry.objects.filter(action="flag.escalated").count() == 1


def test_without_escalation_contacts_the_leads_are_next(keywords, lead, counsellor):
    rule = RoutingRule.objects.create(name="Counsellor only", is_default=True)
    rule.users.add(counsellor)
    flag = record_post("kys", source="api").flag
    escalate_due_flags(later(16))
    assert set(flag.routed_to.all()) == {counsellor, lead}
