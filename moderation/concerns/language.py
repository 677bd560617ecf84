"""The language a student reads the concern pages in, decided as the rest of the product decides.

Django's LocaleMiddleware has already chosen a language for the request: the language cookie
(which an LMS launch sets from its `launch_presentation` locale, see lti/views.py) or else the
browser's Accept-Language. A page may name its own language with `?language=`, as the list of
family guides does (/families/?language=es), and as the language switcher and a Spanish page's
footer link do: that wins. The concern pages then carry it on every link, form and redirect, so
a student who started in Spanish stays in Spanish until they choose otherwise.

Only the student's pages follow it. What staff receive (the notice, the e-mail, the admin) is
written in the staff member's language, with the student's own words as they wrote them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation

PARAM = "language"


def supported(code: str | None) -> str:
    """ "es" for "es", "es-MX" or "es_419"; "" for a language the site does not speak."""
    if not code:
        return ""
    try:
        return translation.get_supported_language_variant(code.replace("_", "-").lower())
    except LookupError:
        return ""


@dataclass(frozen=True, slots=True)
class StudentLanguage:
    code: str
    named: bool  # the page's URL named it (`?language=`), rather than the request's defaults

    @property
    def query(self) -> str:
        """What every link and form of the concern pages adds to keep the student's language."""
        if not self.named and self.code == settings.LANGUAGE_CODE:
            return ""
        return "?" + urlencode({PARAM: self.code})

    def url(self, name: str, **kwargs: str) -> str:
        return reverse(name, kwargs=kwargs or None) + self.query

    def translations(self, name: str) -> dict[str, str]:
        """The same page in each language, for the language switcher."""
        return {
            code: f"{reverse(name)}?{urlencode({PARAM: code})}" for code, _ in settings.LANGUAGES
        }


def student_language(request: HttpRequest) -> StudentLanguage:
    named = supported(request.GET.get(PARAM))
    if named:
        return StudentLanguage(named, True)
    return StudentLanguage(supported(translation.get_language()) or settings.LANGUAGE_CODE, False)


def in_students_language(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Run the view in the student's language: the form's labels, choices and errors, the page
    around it, the scan's language hint and the support message all follow it."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        language = student_language(request)
        request.student_language = language
        with translation.override(language.code):
            response = view(request, *args, **kwargs)
        response.headers["Content-Language"] = language.code
        return response

    return wrapped
