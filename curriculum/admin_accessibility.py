"""The Wagtail editor's own controls, named for screen readers (issue 12: axe found the lesson
edit form's rich-text boxes, tag box and activity steps without a name).

Registered from `CurriculumConfig.ready()`: Wagtail discovers only `wagtail_hooks` modules,
and this stays a module of its own so the admin branding hooks can grow beside it.
"""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

FIELD_NAMES_JS = "curriculum/admin_field_names.js"


def field_names_script() -> str:
    return format_html('<script src="{}" defer></script>', static(FIELD_NAMES_JS))


def register() -> None:
    hooks.register("insert_editor_js", field_names_script)
