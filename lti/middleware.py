"""Cookies that survive inside an LMS iframe.

Inside the iframe every request to the tool is cross-site, so a `SameSite=Lax` session, CSRF or
messages cookie is never stored or sent back (Chromium refuses to store a Lax cookie from a
cross-site iframe response). On secure requests, this marks them `SameSite=None; Secure`,
deletions included (a cookie that cannot be deleted would show the same message forever). The
messages cookie matters: without it the confirmations and the support contacts shown after a
student's post or reflection never appear in the LMS. On plain http (the laptop demo, where the
demo platform is same-site) it leaves them alone, because browsers drop `SameSite=None`
without `Secure`. Behind a TLS proxy, set SECURE_PROXY_SSL_HEADER.

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


class CrossSiteCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.is_secure():
            return response
        ours = {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, CookieStorage.cookie_name}
        for name, morsel in list(response.cookies.items()):
            if name in ours:
                morsel["samesite"] = "None"
                morsel["secure"] = True
            if str(morsel["samesite"]).lower() == "none" and morsel["secure"]:
                response.cookies[name] = partitioned(morsel)
        return response
