"""Two cookie jars: one for the pages an LMS shows in its iframe, one for everything else.

Inside the iframe every request to the tool is cross-site, so a `SameSite=Lax` session, CSRF or
messages cookie is never stored or sent back (Chromium refuses to store a Lax cookie from a
cross-site iframe response). Those pages therefore need `SameSite=None; Secure` cookies. But a
`SameSite=None` session that also opened the staff admin would ride on every cross-site
subrequest: an `<img>` on any web page could then open a case as the safeguarding lead.

So the LTI pages (`LTI_PATH_PREFIXES`: the launch, the lesson flow, the teacher dashboard and
/concern/) keep their session, CSRF token and messages in cookies of their own names
(`LTI_SESSION_COOKIE_NAME`, ...), `SameSite=None; Secure; Partitioned` on secure requests, while
/admin/ and every other page use Django's usual `SameSite=Lax` cookies. Each side only ever sees
its own cookies: an LMS user's iframe session can never reach the admin, and a staff session is
never read on an LTI page. Django's own session, CSRF and messages code runs unchanged: this
middleware, placed outside them, renames the cookies on the way in and on the way out.

The language cookie goes the same way: a launch sets Django's own language cookie from the
platform's locale (`remember_language`), LocaleMiddleware reads it on every page after, and
inside the frame it is the LTI pages' own `SameSite=None` cookie like the session.

The messages cookie matters: without it the confirmations and the support contacts shown after
a student's post or reflection never appear in the LMS. On plain http (the laptop demo, where
the demo platform is same-site) the LTI cookies keep `SameSite=Lax`, because browsers drop
`SameSite=None` without `Secure`. Behind a TLS proxy, set SECURE_PROXY_SSL_HEADER.

Every `SameSite=None` cookie (these, and the login state cookies pylti1p3 sets) is also
`Partitioned` (CHIPS): a browser that blocks third-party cookies, as Chromium in Incognito
and managed school Chromebooks do, still keeps a partitioned cookie for the tool inside the
LMS page, so the lesson stays in the iframe instead of asking for a new tab. Browsers that
do not know the attribute ignore it.
"""

from __future__ import annotations

from http.cookies import Morsel

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest, HttpResponse

# Everything shown in the LMS iframe, and the first-party tab that continues a launch there.
LTI_PATH_PREFIXES = ("/lti/", "/learn/", "/courses/", "/concern/")


class PartitionedMorsel(Morsel):
    """A cookie written with the `Partitioned` attribute (Python's own Morsel learns it only
    in 3.14; Django writes each cookie with `output()`, which comes here)."""

    def OutputString(self, attrs=None):  # noqa: N802 (Morsel's name)
        return super().OutputString(attrs) + "; Partitioned"


def partitioned(morsel: Morsel) -> PartitionedMorsel:
    copy = PartitionedMorsel()
    copy.set(morsel.key, morsel.value, morsel.coded_value)
    copy.update(morsel)
    return copy


def renamed(morsel: Morsel, name: str) -> Morsel:
    copy = Morsel()
    copy.set(name, morsel.value, morsel.coded_value)
    copy.update(morsel)
    return copy


def is_lti_path(path: str) -> bool:
    return path.startswith(LTI_PATH_PREFIXES)


def lti_cookie_names() -> dict[str, str]:
    """Django's cookie name -> the name the same cookie has on the LTI pages."""
    return {
        settings.SESSION_COOKIE_NAME: settings.LTI_SESSION_COOKIE_NAME,
        settings.CSRF_COOKIE_NAME: settings.LTI_CSRF_COOKIE_NAME,
        CookieStorage.cookie_name: settings.LTI_MESSAGES_COOKIE_NAME,
        settings.LANGUAGE_COOKIE_NAME: settings.LTI_LANGUAGE_COOKIE_NAME,
    }


def remember_language(response: HttpResponse, language: str) -> HttpResponse:
    """The language a launch named (lti.claims.launch_language) becomes the request language of
    the pages after it, through Django's language cookie, as Django's own `set_language` keeps
    a choice; a launch that names none leaves the browser's language to decide."""
    if language:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response


def _use_lti_cookies(request: HttpRequest, names: dict[str, str]) -> None:
    """Show Django's middleware the LTI cookies under its own names, and nothing else."""
    cookies = request.COOKIES
    for django_name, lti_name in names.items():
        cookies.pop(django_name, None)
        if lti_name in cookies:
            cookies[django_name] = cookies.pop(lti_name)


class CrossSiteCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        names = lti_cookie_names()
        lti = is_lti_path(request.path_info)
        if lti:
            _use_lti_cookies(request, names)
        response = self.get_response(request)
        secure = request.is_secure()
        for name, morsel in list(response.cookies.items()):
            if lti and name in names:
                del response.cookies[name]
                name, morsel = names[name], renamed(morsel, names[name])
                if secure:
                    morsel["samesite"] = "None"
                    morsel["secure"] = True
                response.cookies[name] = morsel
            if secure and str(morsel["samesite"]).lower() == "none" and morsel["secure"]:
                response.cookies[name] = partitioned(morsel)
        return response
