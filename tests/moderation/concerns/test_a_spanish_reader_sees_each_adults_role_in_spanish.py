"""Lucía reads the concern form in Spanish. Each trusted adult's role is in Spanish too where the
lead wrote one ("Ms Rivera (Orientadora escolar)"), so she knows whom she is choosing; an adult
whose Spanish role was left empty shows the role the lead wrote. A student reading English
sees the English role. Before, a Spanish page named every adult's role in English."""

from __future__ import annotations

from django.test import Client

from moderation.models import TrustedAdult
from tests.personas import safeguarding_lead


def test_lucia_reads_the_role_in_spanish_and_sam_in_english(db, counsellor):
    counsellor.role_title_es = "Orientadora escolar"
    counsellor.save()
    spanish = Client().get("/concern/?language=es").content.decode()
    english = Client().get("/concern/").content.decode()
    assert "Ms Rivera (Orientadora escolar)" in spanish
    assert "School counsellor" not in spanish
    assert "Ms Rivera (School counsellor)" in english


def test_an_adult_with_no_spanish_role_shows_the_role_the_lead_wrote(db, counsellor):
    assert "Ms Rivera (School counsellor)" in Client().get("/concern/?language=es").content.decode()


def test_the_lead_writes_the_spanish_role_on_the_trusted_adults_form(db, counsellor):
    lead = Client()
    lead.force_login(safeguarding_lead())
    edit = f"/admin/moderation/trusted-adults/edit/{counsellor.pk}/"
    # reached from the list of trusted adults, by the adult's name
    listed = lead.get("/admin/moderation/trusted-adults/").content.decode()
    assert f'href="{edit}"' in listed
    assert 'name="role_title_es"' in lead.get(edit).content.decode()
    saved = lead.post(
        edit,
        {
            "user": counsellor.user_id,
            "display_name": "Ms Rivera",
            "role_title": "School counsellor",
            "role_title_es": "Orientadora escolar",
            "active": "on",
            "sort_order": 0,
        },
    )
    assert saved.status_code == 302, saved.content.decode()[:1500]
    assert TrustedAdult.objects.get().role_title_es == "Orientadora escolar"
    assert (
        "Ms Rivera (Orientadora escolar)" in Client().get("/concern/?language=es").content.decode()
    )
