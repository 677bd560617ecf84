"""`manage.py check --deploy`: a safeguarding notice must be able to reach somebody.

A fresh production install has no safeguarding lead, or leads without an e-mail address, and
then every flag would be told to nobody, silently. The check reads the database when it can
(a database not yet migrated is left to `migrate`, and says nothing here).
"""

from __future__ import annotations

from typing import Any

from django.core import checks
from django.db import DatabaseError

NO_REACHABLE_LEAD = "moderation.W001"


@checks.register(checks.Tags.security, deploy=True)
def safeguarding_lead_reachable(app_configs: Any = None, **kwargs: Any) -> list[checks.Warning]:
    from django.contrib.auth import get_user_model

    from moderation.staff.permissions import LEADS_GROUP

    try:
        reachable = (
            get_user_model()
            .objects.filter(groups__name=LEADS_GROUP, is_active=True)
            .exclude(email="")
            .exists()
        )
    except (DatabaseError, RuntimeError):  # not migrated yet, or a test that blocks the database
        return []
    if reachable:
        return []
    return [
        checks.Warning(
            "No active safeguarding lead has an e-mail address: flags would reach nobody.",
            hint=(
                "Create an account with an e-mail address and add it to the "
                f'"{LEADS_GROUP}" group (Wagtail admin, Settings > Users).'
            ),
            id=NO_REACHABLE_LEAD,
        )
    ]


@checks.register()
def api_rates_readable(app_configs: Any = None, **kwargs: Any) -> list[checks.Error]:
    """A mistyped MODERATION_API_*_RATE stops the start, not every API request later."""
    from django.conf import settings

    from moderation.api.throttle import parse_rate

    rates = settings.REST_FRAMEWORK.get("DEFAULT_THROTTLE_RATES") or {}
    problems = []
    for scope, text in rates.items():
        if not text:
            continue
        try:
            parse_rate(text)
        except ValueError as exc:
            problems.append(checks.Error(f"{scope}: {exc}", id="moderation.E001"))
    return problems
