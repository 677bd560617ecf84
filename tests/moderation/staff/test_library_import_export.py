"""Import a library from CSV in the admin, and download it again."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from moderation.models import KeywordEntry, KeywordEntryHistory, KeywordLibrary

pytestmark = pytest.mark.django_db

CSV = (
    "term,category,severity,mode,definition,exceptions\n"
    'loser,bullying,2,word,"An insult aimed at someone.",\n'
    'kys,bullying,4,word,"Short for kill yourself.",\n'
)


def upload(client, data: str, **fields):
    return client.post(
        reverse("moderation_admin:library_import"),
        {"file": SimpleUploadedFile("bullying.csv", data.encode(), "text/csv"), **fields},
    )


def test_a_lead_imports_a_csv_with_a_reason(client, lead):
    client.force_login(lead)
    response = upload(client, CSV, reason="District list, spring term")
    assert response.status_code == 302
    library = KeywordLibrary.objects.get(name="bullying")
    assert sorted(library.entries.values_list("term", flat=True)) == ["kys", "loser"]
    assert KeywordEntryHistory.objects.filter(library=library, actor=lead).count() == 2


def test_a_bad_file_is_refused_line_by_line_and_nothing_is_written(client, lead):
    client.force_login(lead)
    bad = CSV + "oops,not_a_category,9,word,,\n"
    response = upload(client, bad, reason="Try")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not KeywordEntry.objects.exists()


def test_an_import_needs_a_reason(client, lead):
    client.force_login(lead)
    assert upload(client, CSV, reason="").status_code == 200
    assert not KeywordEntry.objects.exists()


def test_export_downloads_the_same_format(client, lead, kill_entry, library):
    client.force_login(lead)
    response = client.get(reverse("moderation_admin:library_export", args=[library.pk]))
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="test.csv"' in response["Content-Disposition"]
    body = response.content.decode()
    assert "term,category,severity,mode,definition,exceptions" in body
    assert "kill,violence,3" in body
