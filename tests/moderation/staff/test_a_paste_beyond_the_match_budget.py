"""A paste of more matches than any real post holds reaches the lead with its first matches of
each kind listed, and a note that says how many more were found and not read."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.flags.actions import record_post
from moderation.keywords.store import import_library
from moderation.scanning.budget import READ_PER_KIND

pytestmark = pytest.mark.django_db

INSULTS = [f"zorblat{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"]
CSV = "term,category,severity,mode,definition,exceptions\n" + "".join(
    f"{term},bullying,2,word,A made-up insult.,\n" for term in INSULTS
)


@pytest.fixture
def insults(db):
    return import_library("insults", CSV, None, "made-up insults for the budget story")


def test_the_lead_reads_how_many_matches_of_a_paste_were_not_read(client, insults, lead, student):
    paste = " ".join(INSULTS * 4)  # 104 matches of one kind
    recorded = record_post(paste, source="discussion", author=student)
    assert len(recorded.matches) == READ_PER_KIND
    assert recorded.flag.unread_matches == [
        {"category": "bullying", "severity": 2, "count": 104 - READ_PER_KIND}
    ]
    client.force_login(lead)
    html = client.get(reverse("moderation_admin:case", args=[recorded.flag.pk])).content.decode()
    assert "Not all the matches in this post were read" in html
    assert f"{104 - READ_PER_KIND} more matches of bullying and trolling (low) not read" in html


def test_a_real_post_has_no_such_note(client, insults, lead, student):
    recorded = record_post("you are a zorblata and a zorblatb", source="discussion", author=student)
    assert recorded.flag.unread_matches == []
    client.force_login(lead)
    html = client.get(reverse("moderation_admin:case", args=[recorded.flag.pk])).content.decode()
    assert "Not all the matches in this post were read" not in html
