"""A family prints a guide: the line at the top says when, in the page's language. Found in the
demo: a Spanish guide printed "Impreso el 6 diciembre 2026", where Spanish says "6 de diciembre
de 2026"; the English one keeps "Printed 6 December 2026"."""

from __future__ import annotations

import re

from django.template.loader import render_to_string
from django.test import RequestFactory


def print_line(language: str) -> str:
    # The families' index in one language, as its view renders it (the page's language).
    request = RequestFactory().get(f"/families/?language={language}")
    html = render_to_string("base.html", {"language": language}, request=request)
    line = re.search(r'<p class="print-only print-header".*?</p>', html, re.S)
    assert line, "every page has its print line"
    assert re.search(r'<time datetime="20\d\d-\d\d-\d\d">', line.group(0)), "a machine date"
    return re.sub(r"<[^>]+>", "", line.group(0))


def test_a_spanish_page_prints_the_date_as_spanish_writes_it(db):
    assert re.search(r"Impreso el \d{1,2} de [a-z]+ de 20\d\d", print_line("es"))


def test_an_english_page_prints_the_date_as_before(db):
    assert re.search(r"Printed \d{1,2} [A-Z][a-z]+ 20\d\d", print_line("en"))
