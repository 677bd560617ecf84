"""Prevention training teaches one question: "are you thinking of killing yourself?". Asked of a
friend, or quoted from the training, it is no incitement to suicide, and the bullying library's
"kill yourself" does not read it as one. Telling someone to do it is read as before."""

from __future__ import annotations

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _bullying(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "bullying"]


def test_asking_about_someones_thoughts_is_no_incitement():
    assert (
        _bullying("the trainer said to ask straight out: have you thought about killing yourself?")
        == []
    )


def test_telling_someone_to_do_it_is_still_bullying():
    assert max(m.severity for m in _bullying("nobody likes you, go kill yourself")) >= 3
