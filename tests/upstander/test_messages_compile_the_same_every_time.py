"""`make demo` and `make test` compile the Spanish catalogue (`make messages`). A newcomer's
fresh clone stays clean after them: compiling the .po today gives the very bytes of the committed
.mo, not a copy stamped with the hour it was compiled (found in a fresh clone: `git status`
showed locale/es/LC_MESSAGES/django.mo modified after the first `make demo`)."""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "es" / "LC_MESSAGES"


def test_compiling_the_spanish_catalogue_reproduces_the_committed_file_byte_for_byte():
    with open(LOCALE / "django.po", "rb") as po:
        catalogue = read_po(po, locale="es", domain="django")
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)  # what `pybabel compile` writes
    assert compiled.getvalue() == (LOCALE / "django.mo").read_bytes(), "run `make messages`"
