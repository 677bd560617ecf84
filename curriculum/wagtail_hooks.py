"""The Wagtail admin in Upstander's colours and with its logo, through Wagtail's own hooks.

Wagtail derives every shade of its admin from two hue/saturation/lightness triples; setting
those (upstander/static/css/admin-brand.css) re-colours the sidebar, buttons and links while
Wagtail keeps its own contrast relationships between the shades. The logo is in the
`branding_logo` blocks of upstander/templates/wagtailadmin/.
"""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from curriculum.public_cache import allow_unrestricted_page

# Pages any visitor may read are kept rendered for visitors not signed in (upstander/page_cache).
hooks.register("before_serve_page", allow_unrestricted_page)


@hooks.register("insert_global_admin_css")
def upstander_admin_colours() -> str:
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-brand.css"))
