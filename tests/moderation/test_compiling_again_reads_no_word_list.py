"""A worker compiles a library again whenever a safeguarding lead saves a new revision of it.
The word lists that keep typos and word forms from becoming ordinary words are read once a
process: the next compile fences its derived keys with the very same set, and finds each prefix
term's commonest words in the lists as they were read. (A fresh, equal set on every compile
was compared word by word at each prefix term and made a 10,000-entry compile six times
slower than the first.)"""

from __future__ import annotations

import gzip

from moderation.engine import Entry, compile_library
from moderation.scanning import forms

from .conftest import ENTRIES

PREFIX_TERM = Entry("strangl", "violence", 4, "Strangling.", mode="prefix")


def test_a_second_compile_opens_no_word_list_and_finds_the_same_typos(monkeypatch):
    first = compile_library([*ENTRIES, PREFIX_TERM])
    opened = []

    def spy(*args, **kwargs):
        opened.append(args[0])
        return gzip.open(*args, **kwargs)

    monkeypatch.setattr(forms.gzip, "open", spy)
    again = compile_library([*ENTRIES, PREFIX_TERM])
    assert opened == []
    assert forms.load_word_lists() is forms.load_word_lists()
    # "strnagle" is a typo of "strangle", a word the prefix term begins
    assert [m.entry.term for m in again.scan("he tried to strnagle her")] == ["strangl"]
    assert dict(again._exact.items()) == dict(first._exact.items())


def test_a_word_in_both_languages_is_one_of_a_prefix_terms_commonest_words_once():
    # "animal" is English and Spanish: each language's list is searched as it was read
    found = forms.completions("anim", forms.load_word_lists())
    assert found.count("animal") == 1
    assert len(found) == len(set(found)) == forms.PREFIX_COMPLETIONS
    assert found == sorted(found, key=lambda word: (len(word), word))
    assert all(word.startswith("anim") and len(word) >= forms.MIN_TYPO_LENGTH for word in found)
