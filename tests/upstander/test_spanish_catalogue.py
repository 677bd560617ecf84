"""The Spanish site chrome comes from our own catalogue, compiled, and the compiled file says
exactly what the catalogue says (a .po edited without `make messages` fails here)."""

from __future__ import annotations

import gettext
from pathlib import Path

from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "es" / "LC_MESSAGES"


def written() -> dict[tuple[str | None, str], object]:
    """(context, message) -> its Spanish: one English word may say two things ("Open" on a
    button, "Open" as a conversation's status), told apart by a msgctxt."""
    with open(LOCALE / "django.po", "rb") as po:
        catalogue = read_po(po, locale="es")
    return {
        (m.context, m.id if isinstance(m.id, str) else m.id[0]): m.string for m in catalogue if m.id
    }


def test_every_message_in_the_catalogue_has_a_spanish_translation():
    untranslated = [msgid for msgid, text in written().items() if not text or text == ("",)]
    assert untranslated == []


def test_the_compiled_catalogue_matches_the_written_one():
    with open(LOCALE / "django.mo", "rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    for (context, msgid), text in written().items():
        if isinstance(text, str):
            found = compiled.pgettext(context, msgid) if context else compiled.gettext(msgid)
            assert found == text, f"{msgid!r}: run `make messages`"
        else:  # a plural: singular and plural forms
            assert compiled.ngettext(msgid, msgid, 1) == text[0], f"{msgid!r}: run `make messages`"
    assert compiled.info().get("plural-forms", "").startswith("nplurals=2")


def test_the_site_reads_the_catalogue(settings):
    from django.utils import translation

    assert LOCALE.parents[1] in [Path(p) for p in settings.LOCALE_PATHS]
    with translation.override("es"):
        assert translation.gettext("Try this at home") == "Prueba esto en casa"
        assert translation.gettext("Staying safe") == "Para estar a salvo"
