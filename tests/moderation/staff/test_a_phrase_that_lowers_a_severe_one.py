"""A lead adds a longer phrase at a lower severity than a phrase inside it, and is told that
every post with the shorter phrase inside the longer one will now be recorded lower."""

import pytest
from django.urls import reverse

from moderation.keywords.store import import_library
from moderation.models import KeywordEntry, KeywordLibrary
from tests.moderation.staff.test_a_spanish_speaking_lead import working_in

pytestmark = pytest.mark.django_db

WEAPONS_CSV = """term,category,severity,mode,definition,exceptions
knife to school,violence,4,word,Bringing a knife into school.,
"""


@pytest.fixture
def weapons(db):
    import_library("weapons", WEAPONS_CSV, None, "weapons")
    return KeywordLibrary.objects.get(name="weapons")


def add(client, library, term, severity):
    return client.post(
        reverse("moderation_admin:entry_add", args=[library.pk]),
        {
            "term": term,
            "category": "violence",
            "severity": severity,
            "mode": "word",
            "definition": "Someone else carrying a knife.",
            "exceptions": "",
            "reason": "Students write it this way",
        },
        follow=True,
    )


def test_adding_a_milder_longer_phrase_warns_the_lead(client, lead, weapons):
    client.force_login(lead)
    page = add(client, weapons, "carries a knife to school", 2).content.decode()
    assert KeywordEntry.objects.filter(term="carries a knife to school").exists()
    assert "knife to school" in page and "(Critical)" in page
    assert "will be recorded at Low" in page


def test_a_phrase_as_severe_as_the_one_inside_it_says_nothing(client, lead, weapons):
    client.force_login(lead)
    page = add(client, weapons, "brought a knife to school", 4).content.decode()
    assert "the scanner keeps the longest phrase" not in page


def test_the_spanish_speaking_lead_reads_the_warning_in_spanish(client, lead, weapons):
    working_in(client, lead, "es")
    page = add(client, weapons, "lleva un cuchillo y knife to school", 2).content.decode()
    assert "se registrarán con gravedad Baja" in page
