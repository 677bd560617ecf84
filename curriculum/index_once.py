"""Search and reference indexing once per object a load writes, when the load ends.

A page written by the loader is saved three times (added to the tree, its revision saved, the
revision published), and after each save Wagtail indexed it for search and for references (a
task each, which the test settings run at once and `make demo`'s worker runs later), and the
loader indexed it for search a fourth time. Within `indexed_once_at_the_end()` the saves made
by this thread index nothing; each object saved is indexed once, for search and for references,
when the block ends, as read from the database then (what was rolled back is not indexed).
Other threads (a live server's requests) are indexed on each save as always. Deletions are
not deferred: an object removed during the load leaves both indexes at once, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

_local = threading.local()  # .search, .references: {(model, pk): None} while deferring
_lock = threading.Lock()
_deferring = 0  # blocks open in any thread: the deferring receivers are connected meanwhile
_NOTE_UID = "curriculum.index_once.note_references"


def _search_index_unless_deferred(sender: type, instance: Any, **kwargs: Any) -> None:
    search = getattr(_local, "search", None)
    if search is None or kwargs.get("raw", False):
        post_save_signal_handler(instance, sender=sender, **kwargs)
    else:
        search[(sender, instance.pk)] = None


def _note_references(sender: type, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    # Wagtail's own receiver skips this thread's saves (disable_reference_index_auto_update);
    # the object it would have indexed is noted instead: a child row's page, as its task does.
    references = getattr(_local, "references", None)
    if references is None or raw or sender not in ReferenceIndex.tracked_models:
        return
    while keys := [f for f in instance._meta.get_fields() if isinstance(f, ParentalKey)]:
        instance = getattr(instance, keys[0].name)
        if instance is None:
            return
    if ReferenceIndex.is_indexed(instance._meta.model):
        references[(instance._meta.model, instance.pk)] = None


def _unindex_references(sender: type, instance: Any, **kwargs: Any) -> None:
    # What Wagtail's receiver does at a deletion, which disable_reference_index_auto_update
    # also turns off: deletions are not deferred.
    if getattr(_local, "references", None) is None or sender not in ReferenceIndex.tracked_models:
        return
    with transaction.atomic():
        ReferenceIndex.remove_for_object(instance)
        ReferenceIndex.remove_references_to(instance)


def _searched_models() -> list[type]:
    return [m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)]


def _swap_receivers(deferring: bool) -> None:
    # The new receiver first, then the old one off: a save in another thread in between is
    # indexed twice rather than not at all.
    for model in _searched_models():
        old, new = post_save_signal_handler, _search_index_unless_deferred
        if not deferring:
            old, new = new, old
        post_save.connect(new, sender=model)
        post_save.disconnect(old, sender=model)
    if deferring:
        post_save.connect(_note_references, dispatch_uid=_NOTE_UID)
        post_delete.connect(_unindex_references, dispatch_uid=_NOTE_UID)
    else:
        post_save.disconnect(dispatch_uid=_NOTE_UID)
        post_delete.disconnect(dispatch_uid=_NOTE_UID)


@contextmanager
def indexed_once_at_the_end() -> Iterator[None]:
    """Defer this thread's search and reference indexing to the end of the block."""
    global _deferring
    if getattr(_local, "search", None) is not None:  # a load within a load: the outer indexes
        yield
        return
    with _lock:
        if _deferring == 0:
            _swap_receivers(deferring=True)
        _deferring += 1
    _local.search, _local.references = search, references = {}, {}
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        del _local.search, _local.references
        with _lock:
            _deferring -= 1
            if _deferring == 0:
                _swap_receivers(deferring=False)
        _index(search, search_index.insert_or_update_object)
        _index(references, _index_references)


def _index_references(instance: Any) -> None:
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(instance)


def _index(saved: dict[tuple[type, Any], None], index_one: Any) -> None:
    by_model: dict[type, list[Any]] = {}
    for model, pk in saved:
        by_model.setdefault(model, []).append(pk)
    for model, pks in by_model.items():
        for instance in model._default_manager.filter(pk__in=pks).order_by("pk"):
            index_one(instance)
