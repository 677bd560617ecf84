"""What the public page cache (upstander/page_cache.py) may keep, and what makes it stale.

Kept: Wagtail pages with no view restriction (a password- or login-protected page is never
kept, nor its form) and the curriculum search; both depend only on published content.
Stale: anything that changes what a public page shows: a page published, unpublished, moved
or deleted (lists of lessons and guides appear on other pages), a page's privacy set or lifted
(the admin does that without publishing), the help contacts, the standards a lesson lists, an
image's file or description, the site records.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from upstander import page_cache


def allow_unrestricted_page(page, request, serve_args, serve_kwargs) -> None:
    """Wagtail's `before_serve_page` hook: returns nothing, so Wagtail serves as usual."""
    if not page.get_view_restrictions().exists():
        page_cache.allow(request)


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        page_cache.content_changed()


def connect() -> None:
    from curriculum.models import HelpContactSettings, Standard

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(page_cache.content_changed, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(_page_deleted, dispatch_uid="page-cache-page-deleted")
    for model in (HelpContactSettings, Standard, Site, PageViewRestriction, get_image_model()):
        for signal in (post_save, post_delete):
            signal.connect(
                page_cache.content_changed,
                sender=model,
                dispatch_uid=f"page-cache-{model._meta.label}-{id(signal)}",
            )
