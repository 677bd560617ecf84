"""A content editor imports a school's keyword library. An allowed phrase of a serious entry
(held at the default settings) must name what makes the words innocent, as the starter
libraries' and a lead's accepted exceptions must: "don't want to live in" would excuse "i
don't want to live in this world". The import is refused with each such line named and why,
nothing is written, and the same file with the phrase naming its place goes in."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from moderation.models import KeywordEntry, KeywordLibrary
from moderation.staff import actions as staff_actions
from moderation.staff.actions import ActionRefused
from tests import personas

pytestmark = pytest.mark.django_db

HEADER = "term,category,severity,mode,definition,exceptions\n"
SCHOOL_LIST = (
    HEADER
    + "loser,bullying,2,word,An insult aimed at someone.,loser at\n"
    + "don't want to live,self_harm,4,word,Not wanting to live.,{phrase}\n"
    + "bomb,violence,3,word,Talk of a bomb.,the bomb|de bomb\n"
)


@pytest.fixture
def editor():
    return personas.content_editor()


def upload(client, data: str):
    return client.post(
        reverse("moderation_admin:library_import"),
        {
            "file": SimpleUploadedFile("school.csv", data.encode(), "text/csv"),
            "reason": "Our district's list",
        },
    )


def test_a_serious_entrys_phrase_of_bare_words_is_refused_line_by_line(client, editor):
    client.force_login(editor)
    response = upload(client, SCHOOL_LIST.format(phrase="don't want to live in"))
    assert response.status_code == 200
    errors = list(response.context["form"].errors["file"])
    assert len(errors) == 3  # line 3's phrase and both of line 4's
    assert "school:3" in errors[0] and '"don\'t want to live in"' in errors[0]
    assert "name nothing" in errors[0]
    assert all("school:4" in error for error in errors[1:])
    assert not KeywordEntry.objects.exists()


def test_the_same_file_with_phrases_that_name_something_is_imported(client, editor):
    client.force_login(editor)
    fixed = SCHOOL_LIST.format(phrase="don't want to live in a flat").replace(
        "the bomb|de bomb", "was the bomb"
    )
    assert upload(client, fixed).status_code == 302
    library = KeywordLibrary.objects.get(name="school")
    crisis = library.entries.get(term="don't want to live")
    assert crisis.exception_list == ["don't want to live in a flat"]
    # a low entry is recorded, never held: its phrase is the school's to choose
    assert library.entries.get(term="loser").exception_list == ["loser at"]


def test_an_edited_entry_is_held_to_the_same_rule(editor, kill_entry):
    with pytest.raises(ActionRefused, match="name nothing"):
        staff_actions.edit_entry(kill_entry, editor, {"exceptions": "kill the"}, "idiom")
    with pytest.raises(ActionRefused, match="name nothing"):
        # a low entry raised to high keeps no bare phrase either
        low = KeywordEntry.objects.create(
            library=kill_entry.library, term="loser", category="bullying", severity=2,
            definition="An insult.", exceptions="loser at",
        )  # fmt: skip
        staff_actions.edit_entry(low, editor, {"severity": 3}, "raised")
    staff_actions.edit_entry(kill_entry, editor, {"exceptions": "kill time"}, "idiom")
    kill_entry.refresh_from_db()
    assert kill_entry.exception_list == ["kill time"]
