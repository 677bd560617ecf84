"""The Content-Security-Policy of every page, on django-csp.

Three policies:
- the site (`CONTENT_SECURITY_POLICY` in settings): scripts and styles from our own origin,
  inline scripts only with the request's nonce (`nonce="{{ request.csp_nonce }}"`), no plugins,
  no `<base>` elsewhere, forms post to us only, and no one may frame the page;
- the LTI pages (views wrapped in `lti.decorators.lti_frameable`): the same, but framed by the
  registered platforms' origins, and with forms that may also post to them (the deep-link
  return form goes back to the LMS);
- the staff admin (/admin/, /django-admin/): Wagtail 8's admin still writes inline scripts
  and styles without a nonce, so scripts there may be inline ('unsafe-inline'; a nonce in the
  policy would switch that off); everything else stays as strict as the site, framing only by
  the admin itself (Wagtail's live preview) and by nothing at all for /django-admin/.
"""

from __future__ import annotations

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

from lti.decorators import lti_frame_ancestors

WAGTAIL_ADMIN_PREFIX = "/admin/"
DJANGO_ADMIN_PREFIX = "/django-admin/"

ADMIN_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}


def is_admin_path(path: str) -> bool:
    return path.startswith((WAGTAIL_ADMIN_PREFIX, DJANGO_ADMIN_PREFIX))


def admin_policy(path: str) -> dict[str, list[str]]:
    if path.startswith(DJANGO_ADMIN_PREFIX):
        return {**ADMIN_POLICY, "frame-ancestors": [NONE]}
    return ADMIN_POLICY


def site_policy() -> dict[str, list[str]]:
    return dict(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the policy by area (see the module's docstring)."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        if is_admin_path(request.path_info):
            # No nonce: with one in script-src, browsers ignore 'unsafe-inline'.
            parts.config = admin_policy(request.path_info)
            parts.nonce = None
        elif getattr(response, "lti_frameable", False):
            own = getattr(response, "lti_frame_ancestors", [])
            platforms = list(dict.fromkeys([*lti_frame_ancestors(), *own]))
            policy = site_policy()
            parts.config = {
                **policy,
                "frame-ancestors": platforms,
                "form-action": [*policy.get("form-action", [SELF]), *platforms],
            }
        return parts
