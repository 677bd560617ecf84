"""The platform form's panel of addresses to paste into the LMS (lti.addresses)."""

from __future__ import annotations

from wagtail.admin.panels import Panel


class ToolAddressesPanel(Panel):
    """The tool's login and launch addresses, and this platform's own key set (JWKS) URL,
    with the move to a set of its own for a platform that still signs with the tool's key."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "lti/admin/tool_addresses_panel.html"

        def get_context_data(self, parent_context=None):
            from lti.addresses import tool_addresses

            context = super().get_context_data(parent_context)
            saved = self.instance is not None and self.instance.pk is not None
            context["platform"] = self.instance if saved else None
            context["addresses"] = tool_addresses(self.request, self.instance) if saved else None
            return context
