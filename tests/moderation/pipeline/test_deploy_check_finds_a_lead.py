"""`manage.py check --deploy` warns when no safeguarding lead can be e-mailed: a fresh install
would otherwise tell every flag to nobody, silently."""

from moderation.flags.checks import NO_REACHABLE_LEAD, safeguarding_lead_reachable


def test_a_fresh_install_without_a_lead_is_warned(db):
    [warning] = safeguarding_lead_reachable()
    assert warning.id == NO_REACHABLE_LEAD and "reach nobody" in warning.msg


def test_a_lead_without_an_address_is_not_enough(lead):
    lead.email = ""
    lead.save()
    assert [w.id for w in safeguarding_lead_reachable()] == [NO_REACHABLE_LEAD]


def test_an_inactive_lead_is_not_enough(lead):
    lead.is_active = False
    lead.save()
    assert [w.id for w in safeguarding_lead_reachable()] == [NO_REACHABLE_LEAD]


def test_one_active_lead_with_an_address_passes(lead):
    assert safeguarding_lead_reachable() == []


def test_the_check_runs_with_the_deployment_checklist(db):
    from django.core.checks import run_checks

    found = {m.id for m in run_checks(include_deployment_checks=True)}
    assert NO_REACHABLE_LEAD in found
    assert NO_REACHABLE_LEAD not in {m.id for m in run_checks()}  # deploy only
