"""Help contacts: a school confirms its country's helplines before any student is shown one.

The lesson and the guides are real content files loaded by the real loader; the school's choice
is made the way a safeguarding lead makes it, in Settings > Help contacts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Site

from curriculum.importer import load_curriculum
from curriculum.models import FamilyResourcePage, HelpContactSettings, LessonPage
from lessons_content.format import CONTENT_DIR
from moderation.staff.permissions import LEADS_GROUP
from tests.curriculum.conftest import step_url
from tests.curriculum.placing import placed_link

from .samples import GOOD_FAMILY_PAGE, GOOD_LESSON

LESSON = GOOD_LESSON.replace(
    "::: family-tip Passphrase game",
    "::: help-contacts self-harm abuse\nIf something online worries you, you are not alone.\n"
    ":::\n\n::: family-tip Passphrase game",
)
GUIDE_ES = """---
title: Imágenes que se comparten sin permiso
slug: imagenes-sin-permiso
summary: Qué hacer si se comparte una imagen íntima de tu hijo o hija.
language: es
translation_of: privacy-together
---

No copies ni reenvíes la imagen.

::: help-contacts image-removal sextortion
:::
"""
GENERIC = "You can always talk to a trusted adult"


def content_folder(tmp_path: Path, lesson_text: str = LESSON) -> Path:
    shutil.copy(CONTENT_DIR / "strands.yaml", tmp_path / "strands.yaml")
    (tmp_path / "lessons" / "online-safety").mkdir(parents=True)
    (tmp_path / "family" / "es").mkdir(parents=True)
    (tmp_path / "lessons" / "online-safety" / "strong-passwords.md").write_text(lesson_text)
    (tmp_path / "family" / "privacy-together.md").write_text(GOOD_FAMILY_PAGE)
    (tmp_path / "family" / "es" / "imagenes-sin-permiso.md").write_text(GUIDE_ES)
    return tmp_path


@pytest.fixture
def lesson(db, tmp_path) -> LessonPage:
    load_curriculum(content_folder(tmp_path))
    return LessonPage.objects.get(slug="strong-passwords")


def school_chooses(country: str, confirmed: list[str], **fields) -> HelpContactSettings:
    choice = HelpContactSettings.for_site(Site.objects.get(is_default_site=True))
    choice.country, choice.confirmed_contacts = country, confirmed
    for name, value in fields.items():
        setattr(choice, name, value)
    choice.save()
    return choice


@pytest.fixture
def lead(django_user_model):
    user = django_user_model.objects.create_user("rivera", password="x-long-enough-1")
    user.groups.add(Group.objects.get(name=LEADS_GROUP))  # the product's group, made on migrate
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("edie", password="x-long-enough-1")
    user.groups.add(Group.objects.get(name="Editors"))  # Wagtail's own group
    return user


def test_a_school_that_confirmed_the_uk_presets_shows_childline_on_a_lesson_page(client, lesson):
    school_chooses("GB", ["gb-childline", "gb-samaritans"], emergency_number="999")
    html = client.get(lesson.url).content.decode()
    assert "Childline" in html and 'href="tel:08001111"' in html and "0800 1111" in html
    assert "Samaritans" in html and "call 999" in html
    assert "If something online worries you, you are not alone." in html
    assert "To confirm" not in html


def test_before_the_school_confirms_students_see_only_a_trusted_adult_and_the_concern_form(
    client, student, course, lesson
):
    school_chooses("GB", [])
    link = placed_link(course=course, resource_link_id="rl-help", lesson=lesson)
    client.force_login(student)
    html = client.get(step_url(link, "reflection")).content.decode()
    assert GENERIC in html and "safeguarding lead" in html and 'href="/concern/"' in html
    for unconfirmed in ("Childline", "0800 1111", "Samaritans", "116 123", "To confirm"):
        assert unconfirmed not in html


def test_once_confirmed_the_student_finds_the_helpline_at_the_reflection_step(
    client, student, course, lesson
):
    school_chooses("GB", ["gb-childline"], school_contact="Ms Rivera, in room 12")
    link = placed_link(course=course, resource_link_id="rl-help", lesson=lesson)
    client.force_login(student)
    html = client.get(step_url(link, "reflection")).content.decode()
    assert "Childline" in html and "Ms Rivera, in room 12" in html
    assert "Samaritans" not in html  # suggested, never ticked


def test_staff_see_the_countrys_unconfirmed_presets_marked_to_confirm(client, editor, lesson):
    school_chooses("GB", ["gb-childline"])
    client.force_login(editor)
    html = client.get(lesson.url).content.decode()
    assert "To confirm (staff only" in html
    unconfirmed = html[html.index("To confirm (staff only") :]
    assert "Samaritans" in unconfirmed and "Childline" not in unconfirmed
    assert "Report Remove" not in unconfirmed  # not about self-harm or abuse


def test_a_spanish_family_guide_shows_the_confirmed_contacts_in_spanish(client, lesson):
    school_chooses("ES", ["es-anar", "es-024", "es-017"])
    guide = FamilyResourcePage.objects.get(slug="imagenes-sin-permiso")
    html = client.get(guide.url).content.decode()
    assert "Dónde pedir ayuda" in html and "Llama gratis al 900 20 20 10" in html
    assert "017" in html
    assert "024" not in html.split("Dónde pedir ayuda")[1]  # a suicide line, not an image topic
    # A guide speaks to the parent about their child, in the README's register (tú).
    assert "Tu hijo o hija siempre puede hablar con un adulto de confianza" in html
    assert GENERIC not in html


def test_a_safeguarding_lead_confirms_contacts_in_the_admin_and_is_recorded(client, lead, lesson):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/curriculum/helpcontactsettings/{site.pk}/"
    client.force_login(lead)
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "country": "US",
            "confirmed_contacts": ["us-988", "us-take-it-down"],
            "school_contact": "",
            "emergency_number": "911",
        },
    )
    assert response.status_code == 302
    choice = HelpContactSettings.for_site(site)
    assert choice.confirmed_contacts == ["us-988", "us-take-it-down"]
    assert choice.confirmed_by == lead and choice.confirmed_at is not None
    html = client.get(lesson.url).content.decode()
    assert "988 Suicide &amp; Crisis Lifeline" in html


def test_a_content_editor_cannot_change_the_schools_help_contacts(client, editor, lesson):
    site = Site.objects.get(is_default_site=True)
    client.force_login(editor)
    response = client.get(f"/admin/settings/curriculum/helpcontactsettings/{site.pk}/")
    assert response.status_code in (302, 403)
    assert HelpContactSettings.for_site(site).confirmed_contacts == []


def test_check_refuses_an_unknown_help_topic_with_file_and_line(tmp_path):
    broken = LESSON.replace("::: help-contacts self-harm abuse", "::: help-contacts selfharm")
    folder = content_folder(tmp_path, broken)
    with pytest.raises(CommandError):
        from io import StringIO

        err = StringIO()
        try:
            call_command("load_lessons", "--check", "--path", str(folder), stderr=err)
        finally:
            line = broken.split("\n").index("::: help-contacts selfharm") + 1
            assert f"strong-passwords.md:{line}: unknown help topic 'selfharm'" in err.getvalue()


def test_the_demo_school_starts_with_a_country_and_nothing_confirmed(client, editor, lesson):
    from curriculum.help_contacts_demo import choose_demo_country

    choice = choose_demo_country()
    assert choice.country == "US" and choice.confirmed_contacts == []
    html = client.get(lesson.url).content.decode()
    assert GENERIC in html and "988" not in html
    client.force_login(editor)
    assert "988 Suicide &amp; Crisis Lifeline" in client.get(lesson.url).content.decode()
    school_chooses("GB", ["gb-childline"])
    assert choose_demo_country().country == "GB"  # a school's own choice is kept


@pytest.fixture
def suicide_word(db):
    """A library whose one self-harm entry is a coded word for suicide, compiled afresh."""
    from moderation.keywords.store import forget_compiled_library, import_library

    forget_compiled_library()
    import_library(
        "help_test",
        "term,category,severity,mode,definition,exceptions\n"
        "unalive,self_harm,4,word,Coded word for suicide.,\n",
        None,
        "test library",
    )
    yield "unalive"
    forget_compiled_library()


def test_words_suggesting_self_harm_bring_the_confirmed_helplines_at_once(suicide_word):
    from moderation.flags.actions import record_post
    from moderation.models import ModerationSettings

    school_chooses("GB", ["gb-samaritans", "gb-ceop"], school_contact="Ms Rivera, room 12")
    message = record_post(f"thinking about how to {suicide_word}", source="reflection")
    message = message.support_message
    assert message.startswith(ModerationSettings.load().help_contacts)  # the school's own words
    assert "Samaritans: Call 116 123, free, any hour." in message
    assert "At our school: Ms Rivera, room 12" in message
    assert "CEOP" not in message  # confirmed, but not a service for self-harm


@pytest.mark.parametrize(
    ("language", "says", "never"),
    [
        ("en", "If you are in danger right now, call 999.", "your local emergency number"),
        ("es", "Si estás en peligro ahora mismo, llama al 999.", "de emergencias de tu zona"),
    ],
)
def test_a_student_at_risk_is_told_the_number_the_school_set_in_their_language(
    suicide_word, language, says, never
):
    """Ms Rivera sets 999 in Help contacts; a student who writes of suicide reads that number,
    in English or in Spanish, not "your local emergency number" left for them to look up."""
    from django.utils import translation

    from moderation.flags.actions import record_post

    school_chooses("GB", ["gb-samaritans"], emergency_number="999")
    with translation.override(language):
        message = record_post(f"i want to {suicide_word}", source="reflection").support_message
    assert says in message
    assert never not in message


def test_the_help_a_student_sees_reads_the_schools_choice_once(suicide_word):
    """The contacts and the emergency number come from one reading of the school's choice:
    every flagged post that needs help pays for it, and under load each statement counts."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from moderation.flags.actions import record_post

    school_chooses("GB", ["gb-samaritans"], emergency_number="999")
    with CaptureQueriesContext(connection) as queries:
        message = record_post(f"i want to {suicide_word}", source="reflection").support_message
    assert "call 999" in message and "Samaritans" in message
    reads = [q["sql"] for q in queries.captured_queries if "helpcontactsettings" in q["sql"]]
    assert len(reads) == 1, reads
