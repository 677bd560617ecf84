"""A phrase of four words or more is matched with its first verb inflected as students write
it ("jumping off the bridge", "taking my own life"), as shorter phrases already were; only
forms that are English words, since many long phrases open with no verb at all."""

from __future__ import annotations

import pytest

from moderation.scanning.forms import load_word_lists, phrase_forms
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


@pytest.mark.parametrize(
    "post",
    [
        "i keep thinking about jumping off the bridge",
        "been thinking about taking my own life",
        "wishing i was dead again tonight",
    ],
)
def test_an_inflected_long_phrase_reaches_a_lead(post):
    assert max((m.severity for m in scan_post(STARTER, post)), default=0) >= HOLD, post


def test_a_long_phrase_opening_with_no_verb_gets_no_invented_forms():
    forms = phrase_forms("nobody would miss you", load_word_lists())
    assert not any(form.startswith(("nobodied", "nobodying")) for form in forms)
