"""A student offers drugs for sale in Spanish ("vendo maría", "quién quiere hierba?"): dealing,
held for a lead as "selling pills" is. Things sold that are no drug ("vendo mi bici") and a girl
called María are no flag."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _drugs(post: str) -> int:
    return max((m.severity for m in scan_post(STARTER, post) if m.category == "drugs"), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "vendo maria, 10 pavos el gramo, escribidme",
        "quien quiere hierba para el finde?",
        "vendo pastillas baratas en el recreo",
        "si alguien quiere, vendo costo",
    ],
)
def test_drugs_offered_for_sale_are_held(post):
    assert _drugs(post) >= 3


@pytest.mark.parametrize(
    "post",
    [
        "vendo mi bici, está casi nueva",
        "quien quiere hacer el trabajo con maría y conmigo?",
        "maría vende pulseras para el viaje de fin de curso",
        "vendo entradas para el concierto del sábado",
    ],
)
def test_things_sold_that_are_no_drug_are_no_flag(post):
    assert _drugs(post) == 0
