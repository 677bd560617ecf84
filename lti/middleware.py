"""Cookies that survive inside an LMS iframe.

Inside the iframe every request to the tool is cross-site, so a `SameSite=Lax` session or CSRF
cookie is never sent back. On secure requests, this marks them `SameSite=None; Secure`; on plain
http (the laptop demo, where the demo platform is same-site) it leaves them alone, because
browsers drop `SameSite=None` without `Secure`. Behind a TLS proxy, set SECURE_PROXY_SSL_HEADER.
"""

from __future__ import annotations

from django.conf import settings


class CrossSiteCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.is_secure():
            for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME):
                morsel = response.cookies.get(name)
                if morsel is not None and morsel.value:
                    morsel["samesite"] = "None"
                    morsel["secure"] = True
        return response
