"""The demo school's help contacts: a country chosen, nothing confirmed.

So `make demo` shows the loop as a school lives it: staff see the country's services marked "to
confirm" on the lessons and guides that point to help, students see only a trusted adult, the
safeguarding lead and the concern form, and the `safeguarding` login confirms services in
Settings > Help contacts. Re-runnable: a choice already made is left as it is.
"""

from __future__ import annotations

from typing import Any

from wagtail.models import Site

from curriculum.models import HelpContactSettings

DEMO_COUNTRY = "US"


def choose_demo_country(stdout: Any = None) -> HelpContactSettings | None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    choice = HelpContactSettings.for_site(site)
    if not choice.country:
        choice.country = DEMO_COUNTRY
        choice.save(update_fields=["country"])
    if stdout is not None:
        stdout.write(
            f"  Help contacts:    {choice.country}, {len(choice.confirmed_contacts)} confirmed; "
            "the safeguarding lead confirms them in Settings > Help contacts"
        )
    return choice
