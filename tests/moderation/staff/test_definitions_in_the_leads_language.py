"""Dana, a safeguarding lead who chose Spanish for her Wagtail account, reads what an English
keyword means in Spanish wherever a definition reaches her: the case page, a concern the scan
flagged, the library's entries. Tom, who works in English, reads the English part only. Most
posts are English, so before, Dana read English definitions for nearly every match."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from moderation.concerns.actions import raise_concern
from moderation.keywords.store import bump_version
from moderation.models import Flag, KeywordEntry, TrustedAdult
from tests.moderation.staff.test_a_spanish_speaking_lead import page, working_in

pytestmark = pytest.mark.django_db

ENGLISH = "Telling someone to kill themselves: serious bullying. Act the same day."
SPANISH = "Decirle a alguien que se mate: acoso grave. Actúe el mismo día."
DEFINITION = f"{ENGLISH} [es] {SPANISH}"


def test_the_case_page_gives_her_the_spanish_of_an_english_keyword(client, lead, make_flag):
    flag = make_flag(text="just kys already", matches=[("kys", DEFINITION)])
    working_in(client, lead, "es")

    html = page(client, reverse("moderation_admin:case", args=[flag.pk]))

    assert f'<span lang="es">{SPANISH}</span>' in html
    assert ENGLISH not in html and "[es]" not in html
    # The post's words, revealed on request, carry the Spanish in the highlighted word's title.
    revealed = client.post(
        reverse("moderation_admin:reveal", args=[flag.pk]), HTTP_ACCEPT="application/json"
    ).json()
    assert f'title="kys: {SPANISH}"' in revealed["html"] and ENGLISH not in revealed["html"]


def test_a_lead_working_in_english_reads_only_the_english(client, lead, make_flag):
    flag = make_flag(text="just kys already", matches=[("kys", DEFINITION)])
    working_in(client, lead, "en")

    html = page(client, reverse("moderation_admin:case", args=[flag.pk]))

    assert f'<span lang="en">{ENGLISH}</span>' in html
    assert SPANISH not in html and "[es]" not in html


def test_a_spanish_keyword_still_reads_in_english_for_an_english_lead(client, lead, make_flag):
    spanish_entry = "Deseo de morir. [en] A wish to die."
    flag = make_flag(text="me quiero morir", matches=[("me quiero morir", spanish_entry)])
    working_in(client, lead, "en")

    html = page(client, reverse("moderation_admin:case", args=[flag.pk]))

    assert '<span lang="en">A wish to die.</span>' in html and "Deseo" not in html


def test_a_concern_the_scan_flagged_gives_her_the_spanish(client, lead):
    library_entry = KeywordEntry.objects.create(
        library=_library(),
        term="kill yourself",
        category="bullying",
        severity=4,
        definition=DEFINITION,
    )
    bump_version(library_entry.library)
    adult = TrustedAdult.objects.create(user=lead, display_name="Ms Rivera")
    raised = raise_concern(
        trusted_adult=adult,
        category="bullying",
        about="someone_else",
        text="They keep telling Sam to kill yourself in the group chat.",
        anonymous=True,
    )
    assert Flag.objects.filter(post=raised.concern.post).exists()
    working_in(client, lead, "es")

    html = page(client, reverse("moderation_concerns:detail", args=[raised.concern.pk]))

    assert f'<span lang="es">{SPANISH}</span>' in html and ENGLISH not in html


def test_the_library_entries_list_gives_her_the_spanish(client, lead):
    entry = KeywordEntry.objects.create(
        library=_library(), term="kys", category="bullying", severity=3, definition=DEFINITION
    )
    working_in(client, lead, "es")

    html = page(client, reverse("moderation_admin:entries", args=[entry.library_id]))

    assert f'<td lang="es">{SPANISH}</td>' in html and ENGLISH not in html


def test_an_e_mail_about_a_flag_holds_no_definition_in_either_language(lead, make_flag):
    # Notices name severity, category and where to look, never what was written nor what the
    # words mean: an e-mail kept for years holds nothing about the child, in any language.
    from moderation.flags.notifications import deliver_notices, queue_notices

    flag = make_flag(text="just kys already", matches=[("kys", DEFINITION)], severity=4)
    deliver_notices(queue_notices([lead], flag=flag, enqueue=False))

    assert mail.outbox, "the lead was e-mailed"
    for message in mail.outbox:
        assert ENGLISH not in message.body and SPANISH not in message.body


def _library():
    from moderation.keywords.store import forget_compiled_library
    from moderation.models import KeywordLibrary

    forget_compiled_library()
    library, _ = KeywordLibrary.objects.get_or_create(name="staff-language", title="Staff")
    return library


def test_with_no_admin_language_chosen_her_browsers_spanish_decides(client, lead, make_flag):
    # Django's own language (Accept-Language) when her Wagtail account names none.
    flag = make_flag(text="just kys already", matches=[("kys", DEFINITION)])
    client.force_login(lead)

    response = client.get(
        reverse("moderation_admin:case", args=[flag.pk]), HTTP_ACCEPT_LANGUAGE="es-419"
    )

    assert f'<span lang="es">{SPANISH}</span>' in response.content.decode()


def test_the_entry_form_tells_her_how_to_write_a_definition_in_both(client, lead, kill_entry):
    working_in(client, lead, "es")

    html = page(client, reverse("moderation_admin:entry", args=[kill_entry.pk]))

    assert "luego [es] y el español" in html
